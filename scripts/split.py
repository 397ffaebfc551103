#!/usr/bin/env python3
"""Gives every line of a labelled JSON Lines file a fixed split: "train"
(70%), "dev" (15%) or "test" (15%), stratified by the label named (and the
language), so each part has every class. A line that already has a split
keeps it: a split, once made, never moves.

    scripts/split.py FILE LABEL_PATH     e.g. case_type, want.answer
"""
import hashlib, json, sys, collections

path, label = sys.argv[1], sys.argv[2]
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]

def get(row, dotted):
    v = row
    for k in dotted.split('.'):
        v = v.get(k, '') if isinstance(v, dict) else ''
    return v if isinstance(v, str) else json.dumps(v)

groups = collections.defaultdict(list)
for r in rows:
    if 'split' not in r:
        key = (r.get('lang', ''), r.get('question', ''), get(r, label))
        groups[key].append(r)
for key, rs in groups.items():
    rs.sort(key=lambda r: hashlib.sha256(r['id'].encode()).hexdigest())
    n = len(rs)
    for i, r in enumerate(rs):
        f = (i + 0.5) / n
        r['split'] = 'train' if f < 0.70 else ('dev' if f < 0.85 else 'test')
with open(path, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(path, collections.Counter(r['split'] for r in rows))
