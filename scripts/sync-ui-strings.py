#!/usr/bin/env python3
"""Collects every L["..."] key used in the Razor views into Resources/SharedResource.resx (the English source).

Translators copy the file to SharedResource.<culture>.resx and translate the values; keys stay English so a
missing translation falls back to readable text. Run after adding UI text: python3 scripts/sync-ui-strings.py
"""
import pathlib
import re
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent / "src" / "Offramp.Web"
keys = set()
for view in root.rglob("*.cshtml"):
    keys.update(re.findall(r'L\["([^"\]]+)"\]', view.read_text(encoding="utf-8")))
# Enum names shown through L[value.ToString()] are listed too, so every label a user sees is translatable.
for enum_file in ["Stages/Stage.cs", "Participants/Gender.cs", "Organisations/ProgramKind.cs"]:
    text = (root.parent / "Offramp.Core" / enum_file).read_text(encoding="utf-8")
    keys.update(re.findall(r"^\s+([A-Z][A-Za-z]+)(?: = \d+)?,", text, re.MULTILINE))
keys.update(["Clinical", "Restricted"])

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
(root / "Resources").mkdir(exist_ok=True)
(root / "Resources" / "SharedResource.resx").write_text(resx, encoding="utf-8")
print(f"{len(keys)} UI strings written to Resources/SharedResource.resx")
