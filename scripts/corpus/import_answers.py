#!/usr/bin/env python3
"""Checks a blind set of typed answers and appends it to flows/testdata/answers.jsonl.

usage: import_answers.py SRC SPLIT   (e.g. /work/briefs/out/A41.jsonl test41)
A help_place answer's value is the whole text typed (the bot keeps the place as written);
a help_number answer without digits is dropped (that is help_contact's "number").
"""
import json, sys, os
OPTS = {
    'menu': {'intent'}, 'report_offer': {'done', 'more'},
    'report_seen': {'facebook', 'whatsapp', 'tiktok', 'newspaper', 'agent', 'website', 'other', 'unknown'},
    'report_recruiter': {'text', 'unknown'}, 'report_phones': {'yes', 'no', 'replace', 'unknown'},
    'report_country': {'country', 'unknown'}, 'report_money': {'amount', 'yes', 'no', 'unknown'},
    'report_paid': {'yes', 'no', 'unknown'}, 'report_docs': {'passport', 'cnic', 'both', 'none', 'unknown'},
    'report_consent': {'yes', 'no'}, 'report_summary': {'confirm', 'fix', 'cancel'},
    'help_where': {'pakistan', 'abroad'}, 'help_place': {'text', 'unknown'},
    'help_what': {'passport_taken', 'unpaid', 'locked_in', 'violence', 'debt', 'forced_work', 'money_taken', 'other'},
    'help_whom': {'self', 'other'}, 'help_contact': {'here', 'discreet', 'number', 'none'},
    'help_number': {'phone'}, 'erase': {'yes', 'no'},
}
ASIDES = {'time', 'privacy', 'who', 'cost', 'what_next', 'thanks', 'greeting', 'other_question', 'unclear'}
INTENTS = {'report', 'help', 'verify', 'status', 'human', 'erase', 'language', 'greeting', 'none'}
src, split = sys.argv[1], sys.argv[2]
out, bad = [], 0
for n, l in enumerate(open(src), 1):
    if not l.strip():
        continue
    d = json.loads(l)
    q, w = d.get('question'), d.get('want', {})
    a = w.get('answer')
    ok = q in OPTS and (a in OPTS[q] or a in ('aside', 'skip'))
    ok = ok and (a != 'aside' or w.get('aside') in ASIDES)
    ok = ok and (a != 'intent' or w.get('intent') in INTENTS)
    if q == 'help_place' and a == 'text':
        w['value'] = d['text']
        w.pop('place', None)
    if q == 'report_recruiter' and a == 'text':
        ok = ok and bool(w.get('value'))
    if q == 'help_number' and a == 'phone':
        ok = ok and bool(w.get('phones'))
    if q == 'report_country' and a == 'country':
        ok = ok and bool(w.get('countries'))
    if q == 'report_money' and a == 'amount':
        ok = ok and isinstance(w.get('amount'), dict) and 'value' in w['amount']
        if ok:
            w['amount'].setdefault('currency', 'PKR')
    if not ok:
        bad += 1
        print(f'line {n} {d.get("id")}: {q} {json.dumps(w, ensure_ascii=False)}', file=sys.stderr)
        continue
    d['split'] = split
    out.append(d)
dst = os.path.join(os.path.dirname(__file__), '..', '..', 'flows', 'testdata', 'answers.jsonl')
with open(dst, 'a') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(f'{dst}: {len(out)} added, {bad} dropped')
