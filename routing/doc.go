// Package routing decides which agencies receive a report and which numbers a
// person is shown. It holds two data files, each embedded as a default that
// an operator can replace: the charge matrix (matrix.json, CHARGE_MATRIX_FILE)
// and the helplines (helplines.json, HELPLINES_FILE). The package is pure:
// apart from LoadMatrix and LoadHelplines, which read the file they are given,
// it does no I/O and reads no clock.
//
// # Charge matrix
//
// The matrix names, for every case type, the lead agencies (all of them
// receive a referral; two leads mean both may be competent, and each
// referral says so) and the supporting agencies, each of which may apply
// only when a fact holds:
//
//	{
//	  "version": 1,
//	  "description": "free text for operators",
//	  "due": {"emergency": "1h", "urgent": "24h", "routine": "120h"},
//	  "escalate": {"emergency": "1h", "urgent": "24h", "routine": "72h"},
//	  "case_types": {
//	    "job_offer_suspicious": {
//	      "description": "online ad, no money lost",
//	      "lead": [{"agency": "NCCIA"}],
//	      "supporting": [
//	        {"agency": "BEOE", "note": "licence check"},
//	        {"agency": "PKCERT", "note": "phishing site", "if": "phishing_site"}
//	      ],
//	      "legal_basis": "PECA 2016 s.14; …",
//	      "show_emergency_numbers": false
//	    }
//	  }
//	}
//
// Every case type of the contract must be present and no other; agencies are
// the contract's codes (FIA, NCCIA, PTA, PKCERT, BEOE, OEC, OPF, MOFA); an
// agency appears at most once in a case type; there is at least one lead and
// leads are unconditional. The due durations are Go durations ("90m", "24h")
// and all three urgencies are required. "escalate" (optional; all three
// urgencies when present, each as long as its due time when absent) is the
// second period: a referral still open that long after its due time is
// shown to the case's other agencies as overdue (its own agency's
// supervisors are told at the due time). The conditions ("if") are a closed
// set, matching the fields of Facts:
//
//	abroad         the person concerned is outside Pakistan
//	online         the offer, recruiter or route was promoted or met online
//	phishing_site  a website imitates an agency or employer
//	paid           money has been paid
//
// "note" on a lead or supporting agency and "description" on a case type are
// for staff and operators; notes appear in each Target's Reason.
//
// # Helplines
//
//	{
//	  "version": 1,
//	  "helplines": [
//	    {"id": "mofa_cmu",
//	     "name": {"en": "…", "ur": "…", "ur-Latn": "…"},
//	     "number": "051-9207887", "abroad_number": "+92-51-9207887",
//	     "alt": "cmu1@mofa.gov.pk", "sms": false,
//	     "confidence": "high", "for": ["abroad", "trafficking"],
//	     "note": "for operators, never shown"}
//	  ]
//	}
//
// number is written as a person dials it inside the entry's country
// (digits, spaces and dashes; "111-" numbers carry their area code,
// 051-111-…); abroad_number is the international form (+92… for Pakistan),
// present only when the service can be reached from outside its country;
// alt is another channel (a website or e-mail address). An entry needs a
// number, an abroad_number or an alt, and an entry "for" emergency needs a
// number. sms marks a number that takes text messages, not calls. Only
// "high" confidence entries are shown to people; "medium" and "low" wait for
// the agencies to confirm them. The purposes ("for") are a closed set: see
// Purposes.
//
// An entry with a country (an upper-case ISO 3166-1 code; absent means
// Pakistan) serves people in that country: its emergency number ("for":
// ["emergency"], dialled there, e.g. 999), Pakistan's mission ("mission")
// or its Community Welfare Attaché ("welfare_attache"). Its abroad_number
// must carry the country's calling code (+966 for SA) when the country is
// one Hoshyar knows. Abroad returns what may be shown for a country, always
// with MoFA's crisis cell in Islamabad:
//
//	{"id": "sa_emergency", "country": "SA",
//	 "name": {"en": "Police emergency, Saudi Arabia", "ur": "…", "ur-Latn": "…"},
//	 "number": "999", "confidence": "high", "for": ["emergency"]}
package routing
