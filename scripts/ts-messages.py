#!/usr/bin/env python3
"""Moves unfinished Qt Linguist messages out to JSON and translations back in.

  scripts/ts-messages.py export translations/netlab_zh_CN.ts todo.json [CONTEXT...]
  scripts/ts-messages.py apply  translations/netlab_zh_CN.ts done.json [more.json...]

export writes every unfinished message (of the named contexts, or all) as
  [{"context", "source", "comment", "numerus", "translation": ""}, ...]
apply fills in each message whose context, source and comment match; for a
numerus message "translation" is a list with one string per plural form
(one for Chinese, two for English). Run the update_translations target first
so that the .ts files know every string in the sources."""
import json, sys
import xml.etree.ElementTree as ET

def load(ts):
    return ET.parse(ts)

def key(ctx, msg):
    src = msg.findtext('source') or ''
    com = msg.findtext('comment') or ''
    return (ctx, src, com)

def export(ts, out, contexts):
    tree = load(ts)
    items = []
    for c in tree.getroot().iter('context'):
        name = c.findtext('name')
        if contexts and name not in contexts:
            continue
        for m in c.iter('message'):
            t = m.find('translation')
            if t is not None and t.get('type') not in ('unfinished',):
                continue
            items.append({"context": name, "source": m.findtext('source') or '',
                          "comment": m.findtext('comment') or '',
                          "numerus": m.get('numerus') == 'yes', "translation": ""})
    json.dump(items, open(out, 'w'), ensure_ascii=False, indent=1)
    print(len(items), 'messages ->', out)

def apply(ts, files):
    tree = load(ts)
    table = {}
    for f in files:
        for it in json.load(open(f)):
            table[(it['context'], it['source'], it.get('comment', ''))] = it['translation']
    filled = missing = 0
    for c in tree.getroot().iter('context'):
        name = c.findtext('name')
        for m in c.iter('message'):
            k = key(name, m)
            t = m.find('translation')
            if k not in table or not table[k]:
                if t is not None and t.get('type') == 'unfinished':
                    missing += 1
                continue
            tr = table[k]
            for child in list(t):
                t.remove(child)
            t.text = None
            if m.get('numerus') == 'yes':
                forms = tr if isinstance(tr, list) else [tr]
                t.text = '\n            '
                for i, f in enumerate(forms):
                    nf = ET.SubElement(t, 'numerusform')
                    nf.text = f
                    nf.tail = '\n            ' if i + 1 < len(forms) else '\n        '
            else:
                t.text = tr if isinstance(tr, str) else tr[0]
            if 'type' in t.attrib:
                del t.attrib['type']
            filled += 1
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(ts, 'w', encoding='utf-8') as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
    print('filled', filled, 'still unfinished', missing)

if __name__ == '__main__':
    if sys.argv[1] == 'export':
        export(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        apply(sys.argv[2], sys.argv[3:])
