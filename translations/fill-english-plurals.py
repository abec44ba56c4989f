#!/usr/bin/env python3
"""Fills the empty <numerusform>s of plural messages in cronofy-console_en.ts.

English source texts write plurals as "%n item(s)"; the singular drops "(s)", the plural keeps the "s".
Read the result before committing: a sentence whose verb changes with the number needs a hand edit.
Usage: translations/fill-english-plurals.py [translations/cronofy-console_en.ts]
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/cronofy-console_en.ts"
text = open(path, encoding="utf-8").read()


def forms(source):
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(match):
    block = match.group(0)
    if "<numerusform>" in block and "<numerusform></numerusform>" not in block:
        return block  # already filled by hand
    source = ET.fromstring("<s>" + re.search(r"<source>(.*?)</source>", block, re.S).group(1) + "</s>").text
    one, many = forms(source)

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace('"', "&quot;")

    translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                   "            <numerusform>%s</numerusform>\n        </translation>") % (esc(one), esc(many))
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", lambda _: translation, block, count=1, flags=re.S)


new = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(new)
