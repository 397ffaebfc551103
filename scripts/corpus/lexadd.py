#!/usr/bin/env python3
"""Adds phrases to a list in one of the lexicon files, keeping the file's layout.

usage: lexadd.py FILE PATH PHRASE...
FILE is conversation, words or triage (lang/lexicon/FILE.json); PATH is slash-separated keys,
where a key of the form code=X picks the element of a list whose "code" is X
(e.g. situations/code=child/phrases, classes/lasting, cues/ctx_past, options/whom/other).
In a phrase, "|" separates alternatives of ONE word ("did|didnt u") and "~" a gap word.
"""
import json, os, sys
name, path, phrases = sys.argv[1], sys.argv[2], sys.argv[3:]
fn = os.path.join(os.path.dirname(__file__), '..', '..', 'lang', 'lexicon', name + '.json')
text = open(fn, encoding='utf-8').read()
node = json.loads(text)
for k in path.split('/'):
    if '=' in k and isinstance(node, list):
        f, v = k.split('=', 1)
        node = next(x for x in node if x.get(f) == v)
    else:
        node = node[k]
if isinstance(node, dict) and 'phrases' in node:
    node = node['phrases']
assert isinstance(node, list), 'not a list'
old = json.dumps(node, ensure_ascii=False)
new = [p for p in phrases if p not in node]
if text.count(old) == 1:
    text = text.replace(old, json.dumps(node + new, ensure_ascii=False))
else:
    # a list laid out over several lines: the new phrases go first, after its
    # key, when the key is written once in the file
    # key by key through the file (a dict path only)
    pos = 0
    for k in path.split('/'):
        if '=' in k:
            sys.exit(f'the list {path} is laid out over several lines; edit by hand')
        pos = text.find('"' + k + '":', pos)
        if pos < 0:
            sys.exit(f'key {k} of {path} not found in {fn}')
    at = text.index('[', pos) + 1
    ins = ''.join(json.dumps(p, ensure_ascii=False) + ', ' for p in new)
    text = text[:at] + ins + text[at:]
    json.loads(text)  # still JSON, and the list the one meant
    check = json.loads(text)
    for k in path.split('/'):
        check = check[k]
    assert all(p in check for p in new), 'inserted into another list'
open(fn, 'w', encoding='utf-8').write(text)
print(f'{len(new)} added to {path}')
