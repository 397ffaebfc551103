#!/usr/bin/env python3
"""Checks a blind set of conversations and appends it to flows/testdata/conversations.jsonl.

usage: import_conv.py SRC SPLIT   (e.g. /work/briefs/out/C89.jsonl test88)
"""
import json, sys, os
KINDS = {'report', 'help', 'verify', 'status', 'human', 'erase'}
FACTS = {'recruiter', 'recruiter_also', 'phones', 'countries', 'money_asked', 'money_asked_currency',
         'paid', 'paid_amount', 'paid_how', 'documents', 'seen', 'consent', 'licence', 'where',
         'situation', 'whom', 'contact'}
VALUES = {
    'paid': {'yes', 'no', 'unknown'}, 'paid_how': {'cash', 'bank', 'easypaisa', 'jazzcash', 'hawala'},
    'documents': {'passport', 'cnic', 'both', 'none'},
    'seen': {'facebook', 'whatsapp', 'tiktok', 'newspaper', 'agent', 'website', 'other'},
    'where': {'pakistan', 'abroad'}, 'whom': {'self', 'other'}, 'contact': {'here', 'number', 'discreet', 'none'},
    'situation': {'locked_in', 'unpaid', 'violence', 'passport_taken', 'debt', 'forced_work', 'money_taken', 'other'},
}
src, split = sys.argv[1], sys.argv[2]
out, bad = [], 0
for n, l in enumerate(open(src), 1):
    if not l.strip():
        continue
    d = json.loads(l)
    e = d.get('expect', {})
    facts = e.get('facts', {})
    probs = []
    if e.get('kind') not in KINDS: probs.append('kind')
    probs += ['fact ' + k for k in facts if k not in FACTS]
    probs += [f'{k}={v}' for k, v in facts.items() if k in VALUES and v not in VALUES[k]]
    if 'countries' in facts:
        facts['countries'] = [c for c in facts['countries'] if c != 'PK']
        if not facts['countries']:
            del facts['countries']
    d.setdefault('asides', [])
    d['answers'].setdefault('resume', ['continue'])
    d['split'] = split
    if probs:
        bad += 1
        print(f'line {n} {d.get("id")}: {", ".join(probs)}', file=sys.stderr)
        continue
    out.append(d)
dst = os.path.join(os.path.dirname(__file__), '..', '..', 'flows', 'testdata', 'conversations.jsonl')
with open(dst, 'a') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(f'{dst}: {len(out)} added, {bad} dropped')
