package routing

import "slices"

// Agency codes, as in the agency API contract.
const (
	FIA    = "FIA"
	NCCIA  = "NCCIA"
	PTA    = "PTA"
	PKCERT = "PKCERT"
	BEOE   = "BEOE"
	OEC    = "OEC"
	OPF    = "OPF"
	MOFA   = "MOFA"
)

// Case types, as in the agency API contract.
const (
	CaseJobOfferSuspicious  = "job_offer_suspicious"
	CaseJobScamPaid         = "job_scam_paid"
	CaseUnlicensedRecruiter = "unlicensed_recruiter"
	CaseOEPMisconduct       = "oep_misconduct"
	CaseVerification        = "verification_request"
	CaseWorkerDistress      = "worker_distress_abroad"
	CaseTrafficking         = "trafficking"
	CaseForcedLabour        = "forced_labour"
	CaseSmuggling           = "smuggling"
	CaseRansomExtortion     = "ransom_extortion"
	CaseDocumentFraud       = "document_fraud"
	CasePhishingSite        = "phishing_site"
	CaseOther               = "other"
)

// Urgencies of a report and its referrals.
const (
	UrgencyEmergency = "emergency"
	UrgencyUrgent    = "urgent"
	UrgencyRoutine   = "routine"
)

// Roles of an agency in a referral.
const (
	RoleLead       = "lead"
	RoleSupporting = "supporting"
)

// Conditions under which a supporting agency is referred to.
const (
	CondAbroad       = "abroad"
	CondOnline       = "online"
	CondPhishingSite = "phishing_site"
	CondPaid         = "paid"
)

var (
	agencies   = []string{FIA, NCCIA, PTA, PKCERT, BEOE, OEC, OPF, MOFA}
	caseTypes  = []string{CaseJobOfferSuspicious, CaseJobScamPaid, CaseUnlicensedRecruiter, CaseOEPMisconduct, CaseVerification, CaseWorkerDistress, CaseTrafficking, CaseForcedLabour, CaseSmuggling, CaseRansomExtortion, CaseDocumentFraud, CasePhishingSite, CaseOther}
	urgencies  = []string{UrgencyEmergency, UrgencyUrgent, UrgencyRoutine}
	conditions = []string{CondAbroad, CondOnline, CondPhishingSite, CondPaid}
)

// Agencies returns the agency codes of the contract.
func Agencies() []string { return slices.Clone(agencies) }

// CaseTypes returns the case types of the contract, "other" last.
func CaseTypes() []string { return slices.Clone(caseTypes) }

// Urgencies returns the urgencies, most pressing first.
func Urgencies() []string { return slices.Clone(urgencies) }

// Conditions returns the conditions a supporting agency may depend on.
func Conditions() []string { return slices.Clone(conditions) }

// IsAgency reports whether code is an agency code of the contract.
func IsAgency(code string) bool { return slices.Contains(agencies, code) }

// IsCaseType reports whether s is a case type of the contract.
func IsCaseType(s string) bool { return slices.Contains(caseTypes, s) }

// IsUrgency reports whether s is an urgency.
func IsUrgency(s string) bool { return slices.Contains(urgencies, s) }
