package routing

// The contract's codes in the words agency staff use. Codes stay codes in
// the API, the CSV and the files; these are for what a person reads (the
// console, a referral's reason).

var caseTypeNames = map[string]string{
	CaseJobOfferSuspicious:  "Suspicious job offer",
	CaseJobScamPaid:         "Job scam, money paid",
	CaseUnlicensedRecruiter: "Unlicensed recruiter",
	CaseOEPMisconduct:       "Misconduct by a licensed promoter",
	CaseVerification:        "Verification request",
	CaseWorkerDistress:      "Worker in distress abroad",
	CaseTrafficking:         "Human trafficking",
	CaseForcedLabour:        "Forced labour",
	CaseSmuggling:           "Migrant smuggling",
	CaseRansomExtortion:     "Held for ransom or extortion",
	CaseDocumentFraud:       "Document fraud",
	CasePhishingSite:        "Phishing website",
	CaseOther:               "Other",
}

var agencyNames = map[string]string{
	FIA:    "Federal Investigation Agency",
	NCCIA:  "National Cyber Crime Investigation Agency",
	PTA:    "Pakistan Telecommunication Authority",
	PKCERT: "Pakistan Computer Emergency Response Team",
	BEOE:   "Bureau of Emigration & Overseas Employment",
	OEC:    "Overseas Employment Corporation",
	OPF:    "Overseas Pakistanis Foundation",
	MOFA:   "Ministry of Foreign Affairs",
}

// agencyShort are the agencies' names as staff write them.
var agencyShort = map[string]string{
	FIA: "FIA", NCCIA: "NCCIA", PTA: "PTA", PKCERT: "PK-CERT", BEOE: "BE&OE", OEC: "OEC", OPF: "OPF", MOFA: "MoFA",
}

var urgencyNames = map[string]string{UrgencyEmergency: "Emergency", UrgencyUrgent: "Urgent", UrgencyRoutine: "Routine"}

var roleNames = map[string]string{RoleLead: "Lead", RoleSupporting: "Supporting"}

// CaseTypeName is a case type in words ("job_scam_paid" → "Job scam, money
// paid"); an unknown one is "Other".
func CaseTypeName(caseType string) string {
	if n, ok := caseTypeNames[caseType]; ok {
		return n
	}
	return caseTypeNames[CaseOther]
}

// AgencyName is an agency's full name; an unknown code is itself.
func AgencyName(code string) string {
	if n, ok := agencyNames[code]; ok {
		return n
	}
	return code
}

// AgencyShort is an agency's name as staff write it: "PK-CERT", "BE&OE".
func AgencyShort(code string) string {
	if n, ok := agencyShort[code]; ok {
		return n
	}
	return code
}

// UrgencyName is an urgency in words; an unknown one is "Routine".
func UrgencyName(urgency string) string {
	if n, ok := urgencyNames[urgency]; ok {
		return n
	}
	return urgencyNames[UrgencyRoutine]
}

// RoleName is a role in words: "Lead", "Supporting".
func RoleName(role string) string {
	if n, ok := roleNames[role]; ok {
		return n
	}
	return roleNames[RoleSupporting]
}
