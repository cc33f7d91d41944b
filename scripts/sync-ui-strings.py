#!/usr/bin/env python3
"""Collects every L["..."] key into the English source resources: the web app's Razor views into
Offramp.Web/Resources/SharedResource.resx, the report components (shown by the web app and written by the CLI) into
Offramp.Reports/Resources/ReportText.resx, the command line's messages and help (L["..."] and L.Markup["..."] in
Offramp.Cli) into Offramp.Cli/Resources/CliText.resx, and the analyze commands' (L["..."] in Offramp.Analysis) into
Offramp.Analysis/Resources/AnalysisText.resx.

Translators copy a file to <Name>.<culture>.resx and translate the values; keys stay English so a missing
translation falls back to readable text. Run after adding UI text: python3 scripts/sync-ui-strings.py
"""
import pathlib
import re
from xml.sax.saxutils import escape, unescape

src = pathlib.Path(__file__).resolve().parent.parent / "src"


def humanise(member):
    """A first English label for an enum member ("ReArrest" reads "Re arrest"); a person then improves it in the file."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", member).split()
    text = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return text[:1].upper() + text[1:]


def enum_members():
    """Every public enum member in the projects whose values reach a person (Type.Member -> member)."""
    found = {}
    for project in ["Offramp.Core", "Offramp.Statistics", "Offramp.Analysis"]:
        for code in sorted((src / project).rglob("*.cs")):
            text = code.read_text(encoding="utf-8")
            for name, body in re.findall(r"public enum (\w+)[^{]*\{([^}]*)\}", text):
                body = re.sub(r"//[^\n]*|/\*.*?\*/|\[[^\]]*\]", "", body, flags=re.S)
                for member in re.findall(r"^\s*([A-Z]\w*)\s*(?:=[^,]*)?,?\s*$", body, re.MULTILINE):
                    found[f"{name}.{member}"] = member
    # The audit trail's actions and entities are typed constants rather than enums, and an auditor reads them too.
    for kind in ["AuditAction", "AuditEntity"]:
        for code in sorted((src / "Offramp.Core" / "Audit").glob("*.cs")):
            for member in re.findall(rf"public static readonly {kind} (\w+) = new\(", code.read_text(encoding="utf-8")):
                found[f"{kind}.{member}"] = member
    return found


def read_resx(path):
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    return {unescape(k, {"&quot;": '"'}): unescape(v) for k, v in
            re.findall(r'<data name="([^"]*)" xml:space="preserve">\s*<value>(.*?)</value>', text, re.S)}


def sync_enum_labels():
    """EnumText.resx holds the English label of every enum member. New members get a first label from their name;
    labels already in the file are kept, because people wrote them."""
    path = src / "Offramp.Reports" / "Resources" / "EnumText.resx"
    labels = read_resx(path)
    members = enum_members()
    merged = {key: labels.get(key, humanise(member)) for key, member in members.items()}
    write_resx("Offramp.Reports", "EnumText", merged)


def report_missing_translations():
    """Lists the English keys a translation lacks; the resource test fails on them, so translators know what to do."""
    for resx in sorted(src.rglob("Resources/*.resx")):
        if resx.stem.count(".") != 0:
            continue
        english = read_resx(resx)
        for culture in ["fr", "ar"]:
            path = resx.with_name(f"{resx.stem}.{culture}.resx")
            translated = read_resx(path)
            stale = [k for k in translated if k not in english]
            if stale:
                # A text the English file no longer has is no longer shown: drop it so translators see only live texts.
                write_resx(resx.parent.parent.name, path.stem, {k: v for k, v in translated.items() if k in english})
            missing = [k for k in english if k not in translated]
            if missing:
                print(f"{resx.stem}.{culture}.resx lacks {len(missing)} of {len(english)} texts")


MESSAGE_PATTERNS = [
    r'ErrorMessage = "((?:[^"\\]|\\.)+)"',
    r'yield return \([^,()]+(?:\([^()]*\))?, "((?:[^"\\]|\\.)+)"\)',
    r'(?:Domain|Conflict|Forbidden|Concurrency)Exception\("((?:[^"\\]|\\.)+)"',
    r'AddModelError\([^,]+, "((?:[^"\\]|\\.)+)"\)',
    r'Add\(errors, [^,]+, "((?:[^"\\]|\\.)+)"\)',
    r'Message(?:Text)? = "((?:[^"\\]|\\.)+)"',
    r'Accessor\([^"]*=> "((?:[^"\\]|\\.)+)"\)',
]


def messages():
    """The fixed messages a form can show (validation and refusals from Core and the page models), so a page filter
    can translate them: interpolated messages ($"...") cannot be looked up and stay in English."""
    found = set()
    for project in ["Offramp.Core", "Offramp.Web"]:
        for code in (src / project).rglob("*.cs"):
            if "/Migrations/" in str(code) or "/Api/" in str(code):
                continue
            text = code.read_text(encoding="utf-8")
            for pattern in MESSAGE_PATTERNS:
                for m in re.finditer(pattern, text):
                    # Interpolated ($"...") and log templates ({Name}) are not shown as written.
                    if text[m.start(1) - 2] == "$" or re.search(r"\{[A-Za-z]", m.group(1)):
                        continue
                    found.add(m.group(1).replace('\\"', '"'))
    return found


def used_keys(project, pattern):
    keys = set()
    for view in (src / project).rglob(pattern):
        keys.update(re.findall(r'L\["([^"\]]+)"\s*[,\]]', view.read_text(encoding="utf-8")))
    return keys


def cli_keys(project):
    """The CLI's texts: C# string literals after L[ or L.Markup[ (they hold quotes, brackets of Spectre markup and
    format holes such as {0:N0}), read back as the running program sees them."""
    keys = set()
    for code in sorted((src / project).rglob("*.cs")):
        if {"bin", "obj"} & set(code.relative_to(src / project).parts):
            continue
        for literal in re.findall(r'\bL(?:\.Markup)?\["((?:[^"\\]|\\.)*)"\s*[,\]]', code.read_text(encoding="utf-8")):
            keys.add(re.sub(r'\\(.)', r'\1', literal))
    return keys


def write_resx(project, name, texts):
    """Writes key -> English text; a set of keys is its own English text (the views' L["..."] keys), except where the
    English file gives a key its plural forms ("{0} months" reads "{0, plural, one {# month} other {# months}}"):
    a person wrote those, so they are kept."""
    if not isinstance(texts, dict):
        written = read_resx(src / project / "Resources" / f"{name}.resx")
        texts = {k: written[k] if ", plural," in written.get(k, "") else k for k in texts}
    # Resource names are case-insensitive: keep one key per spelling regardless of case ("Events" and "events").
    unique = {}
    for k in sorted(texts):
        unique.setdefault(k.lower(), k)
    keys = set(unique.values())
    entries = "\n".join(
        f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(texts[k])}</value>\n  </data>'
        for k in sorted(keys))
    resx = f"""<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
{entries}
</root>
"""
    (src / project / "Resources").mkdir(exist_ok=True)
    (src / project / "Resources" / f"{name}.resx").write_text(resx, encoding="utf-8")
    print(f"{len(keys)} UI strings written to {project}/Resources/{name}.resx")


def interpolated_template(body):
    """The template a Phrase gets from $"..." source text: each hole {expr} or {expr:format} becomes {0}, {1:format}…"""
    out, i, n = [], 0, 0
    while i < len(body):
        c = body[i]
        if body.startswith("{{", i) or body.startswith("}}", i):
            out.append(body[i:i + 2]); i += 2; continue
        if c == "{":
            depth, j, quote = 1, i + 1, False
            while depth:
                ch = body[j]
                if ch == '"' and body[j - 1] != "\\":
                    quote = not quote
                elif not quote and ch in "([{":
                    depth += 1
                elif not quote and ch in ")]}":
                    depth -= 1
                j += 1
            hole = body[i + 1:j - 1]
            # A format follows the first colon outside parentheses, brackets and quotes (C# parenthesises a ternary).
            level, fmt, quote = 0, None, False
            for k, ch in enumerate(hole):
                if ch == '"':
                    quote = not quote
                elif not quote and ch in "([":
                    level += 1
                elif not quote and ch in ")]":
                    level -= 1
                elif not quote and level == 0 and ch == ":":
                    fmt = hole[k + 1:]; break
            out.append("{%d%s}" % (n, ":" + fmt if fmt else "")); n += 1; i = j; continue
        out.append(c); i += 1
    return "".join(out).replace('\\"', '"').replace("\\\\", "\\")


def literal_end(text, start):
    """Index just past the string literal (plain or interpolated) that starts at text[start]."""
    j = start + (2 if text[start] == "$" else 1)
    interpolated, depth = text[start] == "$", 0
    while True:
        ch = text[j]
        if depth == 0 and ch == "\\":
            j += 2; continue
        if depth == 0 and ch == '"':
            return j + 1
        if interpolated and ch == "{":
            if depth == 0 and text[j + 1] == "{":
                j += 2; continue
            depth += 1
        elif interpolated and ch == "}" and depth > 0:
            depth -= 1
        elif depth > 0 and ch == '"':
            j = literal_end(text, j - 1 if text[j - 1] == "$" else j) - 1
        j += 1


# The statistics library words its small-number warnings from these templates (SmallNumberWarning's factories).
STATISTICS_TEMPLATES = ["Only {0} {1}: {2}.", "Only {0} event: {2}.", "Only {0} event {1}: {2}.", "Only {0} events: {2}.", "Only {0} events {1}: {2}.",
                        "{0} of {1} cells have an expected count under 5 (smallest {2:0.##}): {3}."]


def report_sentences():
    """What Core writes for the report as phrases (Phrase.Of), the labels it gives groups and rows (ReportLabels), and
    the statistics library's warnings with the fragments its callers give them (WarningText): the report components word them
    all in the reader's language (Offramp.Reports/Sentences.cs)."""
    found = set(STATISTICS_TEMPLATES)
    for code in sorted((src / "Offramp.Core").rglob("*.cs")):
        text = code.read_text(encoding="utf-8")
        for m in re.finditer(r"Phrase\.Of\((\$?)\"", text):
            if text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith("//"):
                continue
            start = m.start(1) if m.group(1) else m.end() - 1
            body = text[start + (2 if m.group(1) else 1):literal_end(text, start) - 1]
            found.add(interpolated_template(body) if m.group(1) else body.replace("{", "{{").replace("}", "}}").replace('\\"', '"'))
        if code.name == "ReportLabels.cs":
            found.update(re.findall(r'public const string \w+ = "([^"]+)";', text))
    for code in sorted((src / "Offramp.Statistics").rglob("*.cs")):
        text = code.read_text(encoding="utf-8")
        for line in text.splitlines():
            if "SmallNumberWarning.For" in line:
                plain = re.sub(r'\$"(?:[^"\\]|\\.)*"', "", line)
                found.update(f for f in re.findall(r'"([^"{}]+)"', plain) if re.search("[a-z]", f))
        found.update(re.findall(r'SmallNumberWarning\.NotEstimable\(\s*"([^"{}]+)"\)', text))
        # Fragments that name a group or a cause ("participants in group {0}"): their words are translated, the name is not.
        for m in re.finditer(r'WarningText\.Of\(\$"', text):
            start = m.end() - 2
            found.add(interpolated_template(text[start + 2:literal_end(text, start) - 1]))
        found.update(re.findall(r'new SmallNumberWarning\(\s*SmallNumberKind\.\w+,\s*"([^"{}]+)"\)', text))
        # Fixed fragments: a statistic's name a caution quotes ("Cohen's kappa"), an agreement report's notes.
        found.update(re.findall(r'WarningText\.Fixed\(\s*"([^"{}]+)"\)', text))
    return found


web = used_keys("Offramp.Web", "*.cshtml")
# Page models that build sentences (a timeline) take the localizer as L too.
web.update(used_keys("Offramp.Web/Pages", "*.cs"))
web.update(["Clinical", "Restricted"])
write_resx("Offramp.Web", "SharedResource", web)
write_resx("Offramp.Reports", "ReportText", used_keys("Offramp.Reports", "*.razor") | used_keys("Offramp.Reports", "*.cs") | report_sentences())
write_resx("Offramp.Web", "Messages", messages())
write_resx("Offramp.Cli", "CliText", cli_keys("Offramp.Cli"))
# The analyze commands word their help and input errors the same way, from their own file (Offramp.Analysis stays
# apart from the CLI's case-record code, see Offramp.Analysis/Languages/AnalysisText.cs).
write_resx("Offramp.Analysis", "AnalysisText", cli_keys("Offramp.Analysis"))
sync_enum_labels()
report_missing_translations()
