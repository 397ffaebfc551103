#!/usr/bin/env python3
"""Checks a blind triage set and copies it to triage/testdata/NAME.jsonl with split "test".

usage: import_triage.py SRC NAME   (e.g. /work/briefs/out/blind74.jsonl blind74)
"""
import json, sys, os
CASES = {'other', 'trafficking', 'smuggling', 'worker_distress_abroad', 'job_offer_suspicious',
         'verification_request', 'forced_labour', 'unlicensed_recruiter', 'oep_misconduct',
         'job_scam_paid', 'ransom_extortion', 'document_fraud', 'phishing_site'}
FLAGS = {'fee_before_contract', 'irregular_route', 'no_licence', 'impersonation', 'scam_compound_region',
         'whatsapp_only', 'no_receipt', 'guaranteed_visa', 'selected_without_applying', 'visit_visa_work',
         'personal_data_survey', 'unrealistic_salary', 'free_email', 'named_medical'}
src, name = sys.argv[1], sys.argv[2]
out, bad = [], 0
for n, l in enumerate(open(src), 1):
    if not l.strip():
        continue
    d = json.loads(l)
    probs = []
    if d.get('case_type') not in CASES: probs.append('case ' + str(d.get('case_type')))
    if d.get('urgency') not in ('routine', 'urgent', 'emergency'): probs.append('urgency')
    if d.get('lang') not in ('en', 'ur', 'ur-Latn'): probs.append('lang')
    probs += ['flag ' + f for f in d.get('flags', []) if f not in FLAGS]
    ents = d.setdefault('entities', {})
    for k in ('phones', 'amounts', 'countries', 'urls', 'licences'):
        ents.setdefault(k, [])
    ents['countries'] = [c for c in ents['countries'] if c != 'PK']
    d.setdefault('paid', '')
    d['split'] = 'test'
    if probs:
        bad += 1
        print(f'line {n} {d.get("id")}: {", ".join(probs)}', file=sys.stderr)
        continue
    out.append(d)
dst = os.path.join(os.path.dirname(__file__), '..', '..', 'triage', 'testdata', name + '.jsonl')
with open(dst, 'w') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(f'{dst}: {len(out)} items, {bad} dropped')
