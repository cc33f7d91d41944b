#!/usr/bin/env python3
"""Collects every L["..."] key into the English source resources: the web app's Razor views into
Offramp.Web/Resources/SharedResource.resx, the report components (shown by the web app and written by the CLI) into
Offramp.Reports/Resources/ReportText.resx.

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


def write_resx(project, name, texts):
    """Writes key -> English text; a set of keys is its own English text (the views' L["..."] keys)."""
    texts = texts if isinstance(texts, dict) else {k: k for k in texts}
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


web = used_keys("Offramp.Web", "*.cshtml")
# Page models that build sentences (a timeline) take the localizer as L too.
web.update(used_keys("Offramp.Web/Pages", "*.cs"))
web.update(["Clinical", "Restricted"])
write_resx("Offramp.Web", "SharedResource", web)
write_resx("Offramp.Reports", "ReportText", used_keys("Offramp.Reports", "*.razor"))
write_resx("Offramp.Web", "Messages", messages())
sync_enum_labels()
report_missing_translations()
