#!/usr/bin/env python3
"""Items whose case type, urgency or flags differ between two builds of hoshyar.

usage: PREV=/tmp/hoshyar-prev BIN=/tmp/hoshyar itemdiff.py FILE...
Each line: BETTER, WORSE or ~ (both wrong, or both right in another way) against the label,
the id, what the previous build said, what this one says, and the label.
"""
import json, os, subprocess, sys

def run(binary, rows):
    inp = ''.join(json.dumps({'id': r['id'], 'text': r['text']}, ensure_ascii=False) + '\n' for r in rows)
    out = subprocess.run([binary, 'triage'], input=inp, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]

def key(o):
    return (o['case_type'], o['urgency'], tuple(sorted(f['code'] for f in o.get('flags') or [])))

def score(o, r):
    return (o[0] == r['case_type']) + (o[1] == r['urgency']) + (set(o[2]) == set(r.get('flags', [])))

prev, cur = os.environ.get('PREV', '/tmp/hoshyar-prev'), os.environ.get('BIN', '/tmp/hoshyar')
for f in sys.argv[1:]:
    rows = [json.loads(l) for l in open(f) if l.strip()]
    for r, a, b in zip(rows, run(prev, rows), run(cur, rows)):
        ka, kb = key(a), key(b)
        if ka == kb:
            continue
        sa, sb = score(ka, r), score(kb, r)
        mark = 'BETTER' if sb > sa else 'WORSE' if sb < sa else '~'
        print(f"{mark:6} {r['id']:14} {ka[0]}/{ka[1]} {list(ka[2])} -> {kb[0]}/{kb[1]} {list(kb[2])}"
              f"  gold {r['case_type']}/{r['urgency']} {r.get('flags', [])}")
