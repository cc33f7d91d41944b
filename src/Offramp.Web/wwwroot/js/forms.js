// Forms: a live count under every text box with a length limit, so nothing is cut off silently at the limit.
// Progressive: without script the limit still holds and the server says so.
(function () {
  "use strict";
  var template = document.documentElement.getAttribute("data-count-text") || "{0} / {1}";
  document.querySelectorAll("textarea[maxlength], input[type=text][maxlength]").forEach(function (field) {
    var limit = parseInt(field.getAttribute("maxlength"), 10);
    if (!(limit >= 80)) {
      return; // short fields (codes, names) need no counter
    }
    var counter = document.createElement("div");
    counter.className = "char-count";
    counter.setAttribute("aria-live", "polite");
    if (field.id) {
      counter.id = field.id + "-count";
      var described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", (described ? described + " " : "") + counter.id);
    }
    var update = function () {
      var used = field.value.length;
      counter.textContent = template.replace("{0}", used.toLocaleString()).replace("{1}", limit.toLocaleString());
      counter.classList.toggle("full", used >= limit);
    };
    field.insertAdjacentElement("afterend", counter);
    field.addEventListener("input", update);
    update();
  });
})();
