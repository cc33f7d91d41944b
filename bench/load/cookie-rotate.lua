-- wrk script for signed-in pages: every request carries "Cookie: $OFFRAMP_COOKIE" (a session made by page_signin.py)
-- and takes the next path from $OFFRAMP_PATHS, so a run spreads over many participants. wrk counts only 4xx/5xx as
-- errors, so bench/pages.sh checks before and after each run that the session still opens the pages (no redirect to
-- the sign-in page). Prints exact p50/p95/p99 at the end.
--
-- Like a browser, each wrk thread keeps the cookies the app sets: Identity renews the sign-in cookie after half its
-- sliding lifetime (re-checking the security stamp once), and a client that kept replaying the first cookie would pay
-- that check on every request, which no real user does.

local jar, order = {}, {}
local function keep(name, value)
  if jar[name] == nil then order[#order + 1] = name end
  jar[name] = value
end
local cookie = os.getenv("OFFRAMP_COOKIE")
for pair in string.gmatch(cookie, "[^;]+") do
  local name, value = string.match(pair, "^%s*([^=]+)=(.*)$")
  if name then keep(name, value) end
end
local function rebuild()
  local parts = {}
  for _, name in ipairs(order) do
    if jar[name] ~= "" then parts[#parts + 1] = name .. "=" .. jar[name] end
  end
  cookie = table.concat(parts, "; ")
end
local paths = {}
for line in io.lines(os.getenv("OFFRAMP_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local next_index = 0

request = function()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index], { ["Cookie"] = cookie, ["Accept"] = "text/html" })
end

-- wrk hands over one value per header name; ASP.NET Core sends the renewed sign-in cookie in a single Set-Cookie.
response = function(status, headers, body)
  local set = headers["Set-Cookie"] or headers["set-cookie"]
  if set then
    local name, value = string.match(set, "^%s*([^=;]+)=([^;]*)")
    if name then keep(name, value); rebuild() end
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
