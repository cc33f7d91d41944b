#!/usr/bin/env python3
"""Collects every L["..."] key into the English source resources: the web app's Razor views into
Offramp.Web/Resources/SharedResource.resx, the report components (shown by the web app and written by the CLI) into
Offramp.Reports/Resources/ReportText.resx.

Translators copy a file to <Name>.<culture>.resx and translate the values; keys stay English so a missing
translation falls back to readable text. Run after adding UI text: python3 scripts/sync-ui-strings.py
"""
import pathlib
import re
from xml.sax.saxutils import escape

src = pathlib.Path(__file__).resolve().parent.parent / "src"


def used_keys(project, pattern):
    keys = set()
    for view in (src / project).rglob(pattern):
        keys.update(re.findall(r'L\["([^"\]]+)"\]', view.read_text(encoding="utf-8")))
    return keys


def write_resx(project, name, keys):
    # Resource names are case-insensitive: keep one key per spelling regardless of case ("Events" and "events").
    unique = {}
    for k in sorted(keys):
        unique.setdefault(k.lower(), k)
    keys = set(unique.values())
    entries = "\n".join(
        f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(k)}</value>\n  </data>'
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
# Enum names shown through L[value.ToString()] are listed too, so every label a user sees is translatable.
for enum_file in ["Stages/Stage.cs", "Participants/Gender.cs", "Organisations/ProgramKind.cs"]:
    text = (src / "Offramp.Core" / enum_file).read_text(encoding="utf-8")
    web.update(re.findall(r"^\s+([A-Z][A-Za-z]+)(?: = \d+)?,", text, re.MULTILINE))
web.update(["Clinical", "Restricted"])
write_resx("Offramp.Web", "SharedResource", web)
write_resx("Offramp.Reports", "ReportText", used_keys("Offramp.Reports", "*.razor"))
