#!/usr/bin/env python3
"""The items of a labelled triage file that hoshyar reads wrongly.

usage: misses.py FILE [caseurg|flags]   (BIN: the binary, default /tmp/hoshyar)
"""
import json, os, subprocess, sys
f = sys.argv[1]
mode = sys.argv[2] if len(sys.argv) > 2 else 'caseurg'
rows = [json.loads(l) for l in open(f) if l.strip()]
inp = ''.join(json.dumps({'id': r['id'], 'text': r['text']}, ensure_ascii=False) + '\n' for r in rows)
out = subprocess.run([os.environ.get('BIN', '/tmp/hoshyar'), 'triage'], input=inp, capture_output=True, text=True, check=True).stdout
for r, o in zip(rows, (json.loads(l) for l in out.splitlines() if l.strip())):
    got = sorted(x['code'] for x in o['flags'])
    if mode == 'flags':
        if got != sorted(r.get('flags', [])):
            print(f"{r['id']} flags {got} want {sorted(r.get('flags', []))}\n   {r['text'][:300]}")
        continue
    if o['case_type'] != r['case_type'] or o['urgency'] != r['urgency']:
        print(f"{r['id']} {o['case_type']}/{o['urgency']} want {r['case_type']}/{r['urgency']} {r.get('tags')}\n   {r['text'][:400]}\n   danger {o['danger']}")
