package casework

import (
	"regexp"
	"strings"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
)

// A report's keys join it to others into a recruiter's network: the
// phones, links and licences triage finds, and the money trail and names
// around them: JazzCash and Easypaisa wallet numbers, IBANs and bank
// account numbers, social handles and the recruiting firm's name.

// networkKeys are the keys of a report: text is what the person wrote
// about the case (never their own contact number), e what triage found in
// it, recruiter their answer naming the recruiter.
func networkKeys(text string, e triage.Entities, recruiter string) []store.Key {
	var keys []store.Key
	seen := map[store.Key]bool{}
	add := func(kind, value string) {
		k := store.Key{Kind: kind, Value: value}
		if value != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, p := range e.Phones {
		add(store.KeyPhone, p)
	}
	for _, w := range wallets(text) {
		add(store.KeyWallet, w)
	}
	for _, u := range e.URLs {
		add(store.KeyURL, u)
	}
	for _, l := range e.Licences {
		add(store.KeyLicence, l)
	}
	for _, h := range e.Handles {
		add(store.KeyHandle, h)
	}
	for _, m := range ibanRe.FindAllString(text, -1) {
		add(store.KeyIBAN, strings.ToUpper(strings.Join(strings.Fields(m), "")))
	}
	for _, a := range accounts(text) {
		add(store.KeyAccount, a)
	}
	if c := companyKey(recruiter); c != "" {
		add(store.KeyCompany, c)
	}
	for _, m := range lang.FirmNames(text) {
		add(store.KeyCompany, companyKey(m))
	}
	return keys
}

// sentenceRe splits text where a wallet word stops applying to a number.
var sentenceRe = regexp.MustCompile(`[\n.!?۔؟]+\s*`)

// wallets are the phone numbers written in a sentence that names JazzCash
// or Easypaisa: the number money is sent to.
func wallets(text string) []string {
	var out []string
	text = lang.NumberMarks(text) // "۰۳۰۰۔۶۲۷۱۴۸۹" is one number, not two sentences
	for _, s := range sentenceRe.Split(text, -1) {
		e := triage.Extract(s)
		wallet := false
		for _, p := range e.Payments {
			wallet = wallet || p == "jazzcash" || p == "easypaisa"
		}
		if wallet {
			out = append(out, e.Phones...)
		}
	}
	return out
}

// ibanRe is an IBAN as people write it: Pakistan's (PK, a bank code and
// sixteen digits), spaces allowed in groups of four, or another country's
// without spaces.
var ibanRe = regexp.MustCompile(`(?i)\bPK\d{2}\s?[A-Z]{4}(?:\s?\d{4}){4}\b|\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b`)

// accountRe is a bank account number after the words that introduce one.
var accountRe = regexp.MustCompile(`(?i)(?:\ba/c|\bacc(?:ount|t)?\b|\bkhata\b|اکاؤنٹ|اکاونٹ|کھاتہ)\s*(?:no\.?|number|num|#|نمبر)?\s*[:\-]?\s*(\d[\d\s-]{7,24}\d)`)

// accounts are bank account numbers: 10 to 20 digits, neither a phone nor
// a CNIC number.
func accounts(text string) []string {
	var out []string
	for _, m := range accountRe.FindAllStringSubmatch(text, -1) {
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, m[1])
		e := triage.Extract(m[1])
		if len(digits) < 10 || len(digits) > 20 || len(e.Phones) > 0 || len(e.CNICs) > 0 {
			continue // a phone number; an identity card number is the person's, never a key
		}
		out = append(out, digits)
	}
	return out
}

// tradeRe is a word that makes a name a firm's, in any case.
var tradeRe = regexp.MustCompile(`(?i)\b(?:manpower|overseas|travels?|tours|recruit(?:ing|ment)|enterprises?|consultants?|consultancy|employment|promoters?|associates|corporation)\b`)

// companySuffix are the words a firm's name may carry or drop.
var companySuffix = regexp.MustCompile(`(?i)\b(?:pvt|private|ltd|limited|co|company|\(pvt\)|\(private\))\.?$`)

// companyKey is a firm's name as a key: lower-case, one space between
// words, without "Pvt Ltd"; "" when it names no firm (a person's name, "an
// agent", a number).
func companyKey(name string) string {
	name = strings.TrimSpace(name)
	if !tradeRe.MatchString(name) || len([]rune(name)) > 80 {
		return ""
	}
	name = strings.ToLower(strings.Join(strings.Fields(name), " "))
	for {
		trimmed := strings.TrimSpace(companySuffix.ReplaceAllString(name, ""))
		if trimmed == name {
			break
		}
		name = trimmed
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '&' || r == ',' || r == '.' }) {
		if !genericWords[w] {
			return name
		}
	}
	return "" // "Overseas Employment Promoters": every firm's words, no one's name
}

// genericWords name a kind of firm or a public body, not a firm: a name of
// these alone would join every report that mentions licensed promoters.
var genericWords = map[string]bool{
	"overseas": true, "employment": true, "promoter": true, "promoters": true, "services": true, "service": true,
	"international": true, "agency": true, "agencies": true, "travel": true, "travels": true, "tours": true, "manpower": true,
	"recruiting": true, "recruitment": true, "consultants": true, "consultant": true, "consultancy": true, "corporation": true,
	"associates": true, "enterprise": true, "enterprises": true, "hr": true, "pakistan": true, "pakistani": true,
	"pakistanis": true, "foundation": true, "bureau": true, "emigration": true, "emigrants": true, "protector": true,
	"government": true, "of": true, "and": true, "the": true, "licensed": true, "registered": true, "oep": true,
}

// rupees reads an amount the conversation wrote ("Rs 3,00,000"), or "" →
// nil. Other currencies are not converted: nil.
func rupees(s string) *int64 {
	currency, v, ok := flows.ReadAmount(strings.TrimSpace(s))
	if !ok || currency != "Rs" || v <= 0 {
		return nil
	}
	return &v
}

// amounts are what a report says was asked and paid, in rupees: the
// person's answers first, what triage read as the fee otherwise.
func amounts(answers map[string]string, fee *triage.Amount) (asked, paid *int64) {
	asked = rupees(answers["money_asked"])
	if asked == nil && fee != nil && (fee.Currency == "PKR" || fee.Currency == "") && fee.Value > 0 {
		v := int64(fee.Value)
		asked = &v
	}
	if answers["paid"] == "yes" {
		paid = rupees(answers["paid_amount"])
	}
	return asked, paid
}
