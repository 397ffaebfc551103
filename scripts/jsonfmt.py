#!/usr/bin/env python3
"""Formats the lexicon's JSON files the way they are kept: objects indented,
lists of plain values on one line, so a diff shows the word that changed."""
import json, sys, collections

def fmt(v, ind=0):
    pad = '  ' * ind
    if isinstance(v, dict):
        if not v:
            return '{}'
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)}: {fmt(x, ind + 1)}' for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return '[' + ', '.join(json.dumps(x, ensure_ascii=False) for x in v) + ']'
        items = [pad + '  ' + fmt(x, ind + 1) for x in v]
        return '[\n' + ',\n'.join(items) + '\n' + pad + ']'
    return json.dumps(v, ensure_ascii=False)

for path in sys.argv[1:]:
    with open(path) as f:
        data = json.load(f, object_pairs_hook=collections.OrderedDict)
    with open(path, 'w') as f:
        f.write(fmt(data) + '\n')
