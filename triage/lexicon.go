package triage

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/hoshyar/hoshyar/lang"
)

// lexiconFile is the shape of triage's section of the lexicon,
// lang/lexicon/triage.json; see doc.go. Word classes, negations and
// spelling variants are the shared ones of lang/lexicon/words.json.
type lexiconFile struct {
	Locatives        []string            `json:"locatives"`
	Countries        map[string][]string `json:"countries"`
	HomeCountry      map[string][]string `json:"home_country"` // names only: never extracted
	EuropeWords      []string            `json:"europe_words"`
	EuropeCountries  []string            `json:"europe_countries"`
	TransitCountries []string            `json:"transit_countries"`
	RansomRoute      struct {
		Codes []string `json:"codes"`
	} `json:"ransom_route_countries"`
	SeaCrossingFrom struct {
		Codes []string `json:"codes"`
	} `json:"sea_crossing_from"`
	ScamCountries   []string                     `json:"scam_compound_countries"`
	CurrencySymbols map[string]string            `json:"currency_symbols"`
	Currencies      map[string][]string          `json:"currencies"`
	CurrencyByCtry  map[string]map[string]string `json:"currency_by_country"`
	CurrencyCtryW   []string                     `json:"currency_by_country_words"`
	AttachedOnly    []string                     `json:"attached_only_multipliers"`
	MultVerbAfter   struct {
		Words map[string][]string `json:"words"`
	} `json:"multiplier_verb_after"`
	HalfAfter       []string                         `json:"number_half_after"`
	RangeWords      []string                         `json:"range_words"`
	UnitJoiners     []string                         `json:"unit_sharing_joiners"`
	UnitCorrections []string                         `json:"unit_sharing_corrections"`
	Takebacks       []string                         `json:"amount_takebacks"`
	TakebackFillers []string                         `json:"amount_takeback_fillers"`
	TakebacksNear   []string                         `json:"amount_takebacks_near"`
	InsteadWords    []string                         `json:"instead_words"`
	CountNouns      []string                         `json:"count_nouns"`
	CountOblique    struct{ Words, After []string }  `json:"count_nouns_oblique"`
	CountFree       struct{ Before, Words []string } `json:"count_nouns_free"`
	CountKind       struct{ Words []string }         `json:"count_nouns_kind"`
	CountMore       struct{ Before, Words []string } `json:"count_nouns_more"`
	MoneyChannels   struct{ Words, Codes []string }  `json:"money_channels"`
	FeeWords        []string                         `json:"fee_words"`
	Connectors      []string                         `json:"amount_connectors"`
	MoneyContext    []string                         `json:"money_context_words"`
	MoneyFillers    []string                         `json:"money_near_fillers"`
	GiveStems       []string                         `json:"give_stems"`
	TimesWords      []string                         `json:"times_words"`
	TimesCounts     map[string]float64               `json:"times_counts"`
	EachWords       []string                         `json:"each_words"`
	GivenWords      []string                         `json:"given_words"`
	ToldWords       []string                         `json:"told_words"`
	PricedBefore    []string                         `json:"price_words_before"`
	PricedAfter     []string                         `json:"price_words_after"`
	NotMoneyUnits   []string                         `json:"not_money_units"`
	PercentWords    []string                         `json:"percent_words"`
	MoreSumNext     []string                         `json:"more_sum_next"`
	NotMoneyBefore  []string                         `json:"not_money_before"`
	ShortcodeAt     []string                         `json:"shortcode_at"`
	ShortcodeVerbs  []string                         `json:"shortcode_verbs"`
	MeasureUnits    []string                         `json:"measure_units"`
	MonthNames      []string                         `json:"month_names"`
	TensJoined      []string                         `json:"number_tens_joined"`
	SubunitWords    []string                         `json:"subunit_words"`
	ExchangeRate    []string                         `json:"exchange_rate_words"`
	RateUnits       []string                         `json:"rate_units"`
	Payments        map[string][]string              `json:"payments"`
	PaymentExcept   map[string][]string              `json:"payment_except"`
	CountryExcept   map[string][]string              `json:"country_except"`
	MoreWords       struct{ Before, After []string } `json:"more_words"`
	TotalWords      []string                         `json:"total_words"`
	ThousandsNext   []string                         `json:"thousands_next"`
	ContrastWords   []string                         `json:"contrast_words"`
	RemotePayments  []string                         `json:"remote_payments"`
	Situations      []situationJSON                  `json:"situations"`
	Compounds       []compound                       `json:"compounds"`
	Movers          []string                         `json:"movers"`
	MinorWords      []string                         `json:"minor_words"`
	AgeUnits        []string                         `json:"age_units"`
	AgeWords        []string                         `json:"age_words"`
	ChildNouns      []string                         `json:"child_nouns"`
	KinNouns        []string                         `json:"kin_nouns"`
	AgeLinks        []string                         `json:"age_links"`
	AgeOnly         []string                         `json:"age_only"`
	AgeAfter        []string                         `json:"age_after"`
	AgeDifferences  []string                         `json:"age_differences"`
	Negatable       []string                         `json:"negatable_cues"`
	Cues            map[string][]string              `json:"cues"`
	CueExcept       map[string][]string              `json:"cue_except"`
	TLDs            []string                         `json:"tlds"`
	FreeEmail       []string                         `json:"free_email_domains"`
	SocialHosts     []string                         `json:"social_hosts"`
	PageOfficial    struct{ Words []string }         `json:"page_official_words"`
	NumberOwners    struct {
		Words, Nouns, Links, Copulas []string
	} `json:"foreign_number_owners"`
	NotPhoneBefore  struct{ Words []string } `json:"not_phone_before"`
	OwnNumber       struct{ Words []string } `json:"own_number_words"`
	EmployerMail    []string                 `json:"employer_names_in_email"`
	OfficialDomains []string                 `json:"official_domains"`
	OfficialSuffix  []string                 `json:"official_suffixes"`
	OfficialWords   []string                 `json:"official_host_words"`
	LicenceKeywords []string                 `json:"licence_keywords"`
	LicenceCities   []string                 `json:"licence_city_codes"`
	LicenceLetters  map[string]string        `json:"licence_letter_names"` // "آر": "R"
	SpokenDigits    map[string][]string      `json:"spoken_digits"`        // "3": "three", "teen", "تین"
	SpokenRepeats   map[string]int           `json:"spoken_digit_repeats"` // "double": 2
	SpokenHundreds  []string                 `json:"spoken_hundreds"`      // "sau", "سو": "teen sau bara" is 312
	LicenceNames    map[string]string        `json:"licence_city_names"`   // "rawalpindi": "RWP"
	SalaryLimits    map[string]float64       `json:"salary_limits_monthly"`
	LegalFeePKR     float64                  `json:"legal_fee_pkr"`
}

// compound is an emergency read from concepts found together: "held" and
// "harmed" in one message, where neither alone is one. All is a list of
// requirements, each a cue or situation code or alternatives of them
// ("k_harm|violence").
type compound struct {
	Code   string `json:"code"`
	Reason string `json:"reason"`
	// Level is "urgent" for a compound that makes a case urgent, not an
	// emergency ("stranded" and "papers expired"); empty is an emergency.
	Level string   `json:"level,omitempty"`
	All   []string `json:"all"`
}

type situationJSON struct {
	Code    string   `json:"code"`
	Level   string   `json:"level"`
	Reason  string   `json:"reason"`
	When    string   `json:"when"`
	Phrases []string `json:"phrases"`
	Except  []string `json:"except"`
}

// situation is a state of the person that sets urgency.
type situation struct {
	code, level, reason, when string
}

// lexicon is lexicon.json compiled: phrase matchers and lookup sets. It is
// built once and never changed.
type lexicon struct {
	vocab  *lang.Vocab
	danger *lang.Matcher // situations only: Emergency needs nothing else
	entity *lang.Matcher // countries and payment channels, for Extract
	all    *lang.Matcher // situations, countries, payments and cues: Assess's one pass

	words        *lang.Lexicon     // the shared classes, negations and variants
	countryNames map[string]string // code → English name, for reasons
	urduNames    map[string]string // code → its first Urdu-script name

	situations map[string]situation
	compounds  []compound
	sitOrder   []string
	locatives  map[string]bool // "in Dubai"
	negatable  map[string]bool

	europeWords      map[string]bool
	europeCountries  map[string]bool
	transitCountries map[string]bool
	ransomRoute      map[string]bool
	seaCrossingFrom  map[string]bool
	scamCountries    map[string]bool
	remotePayments   map[string]bool

	currencySymbols map[rune]string
	currencies      map[string]string // one word → code
	currencyPhrases []currencyPhrase  // several words → code, longest first
	currencyByCtry  map[string]map[string]string
	currencyCtryW   map[string]bool
	multipliers     map[string]float64
	attachedOnly    map[string]bool
	multVerbAfter   map[string]map[string]bool // "لکھ" before "کر" is "write", no lakh
	numberWords     map[string]float64
	fractions       map[string]float64
	rangeWords      map[string]bool
	unitJoiners     map[string]bool // "1.5 then 1 lakh", "1 ya 1.5 lakh": the first number is in lakhs too
	unitCorrections map[string]bool // "14 lakh.. no sorry 14.5": the number said instead is in lakhs too
	// takebacks take back the sum said just before ("6 lakh, sorry 6.5
	// lakh", "نہیں بلکہ"), with the fillers that may stand beside them
	// ("nahi sorry", "I"); the near ones only right after the sum ("3 lakh,
	// I mean 3.5"; "آدھے پیسے یعنی چھ لاکھ" is a part of it)
	takebacks, takebackFillers, takebacksNear map[string]bool
	insteadWords                              map[string]bool    // "instead of 2000", "2000 ki jagah", "2000 کی بجائے": a sum set against another, never a year
	halfAfter                                 [][]string         // "four and a half lakh", "char aur aadha lakh": a half more
	countNouns                                map[string]bool    // "3 lakh 40 hazar Pakistanis" is not money
	countOblique                              map[string]bool    // "ویزے": a count, unless a postposition follows
	obliqueAfter                              map[string]bool    // the postpositions that make it "for the visa"
	freeBefore                                map[string]bool    // "free", "مفت": before freeCount, a count of free visas
	moreThanBefore                            map[string]bool    // "se", "سے": before moreThan, "more than" between a count and its noun
	moreThan                                  map[string]bool    // "zyada", "زائد"
	moneyChannels                             map[string]bool    // "easypaisa", "جاز کیش": a bare number near them is rupees
	channelCodes                              map[string]bool    // "otp", "tid": a number near them is a code, wallet or not
	freeCount                                 map[string]bool    // "visa": so many free visas ("1 lakh free visa khol diye")
	countKind                                 map[string]bool    // "work", "ورک": a kind before a count noun ("ستر ہزار ورک ویزے")
	feeWords                                  map[string]bool    // "fee 25000": a bare number after these is rupees
	connectors                                map[string]bool    // "2 lakh and 30 thousand"
	moneyContext                              map[string]bool    // "they want 180000", "I sent 40000": a bare number near these is rupees
	moneyFillers                              map[string]bool    // "fees b de di h 1850": words moneyNear does not count
	giveStems                                 map[string]bool    // "de", "دے": give, before a word that says it was done
	timesWords                                map[string]bool    // "do dafa", "دو بار", "3 times": how many times
	timesCounts                               map[string]float64 // "twice": so many times in one word
	eachWords                                 map[string]bool    // "60 hazar each": so much each time
	givenWords                                map[string]bool    // "diye", "chuka", "دیے", "چکا": given ("3 de chuka", "ساڑھے تین دے چکا")
	toldWords                                 map[string]bool    // "bataye", "بتائے", "mange": a sum told or asked ("نہیں ۲۳ بتائے ہیں")
	moreBefore                                map[string]bool    // "another 2000": a bare sum after these is more of the one before
	moreAfter                                 map[string]bool    // "2000 more", "1000 aur": a bare sum before these is more of the one before
	totalWords                                map[string]bool    // "total 11", "kul 11": a bare sum after these adds up the ones before
	thousandsNext                             map[string]bool    // "3 lakh 20 with the medical": words after a bare number of thousands that keep it money
	contrastWords                             map[string]bool    // "but", "lekin", "لیکن": what is said after them stands against what came before
	pricedBefore                              map[string]bool    // "for 28,000": a number grouped in thousands right after these is a price
	pricedAfter                               map[string]bool    // "28,000 ka medical", "۲۸,۰۰۰ میں": right before these
	notMoneyUnits                             map[string]bool    // "10 GB", "2023 saal": a number before these is not money
	percentWords                              map[string]bool    // "100 فیصد", "100 percent": a share, never money, even after a currency
	moreSumNext                               map[string]bool    // what may follow "more" after a sum ("40000 more for CoS"), unlike a noun ("2 more boys"): moreSumAt
	notMoneyBefore                            map[string]bool    // "OTP 447109", "roll no. 800296", "ref 14 14231": a number after these names something
	shortcodeAt                               map[string]bool    // "9000 par", "to 8300": where a message is sent
	shortcodeVerbs                            map[string]bool    // "forward karein", "SMS", "بھیجیں": sending a message, not money
	measureUnits                              map[string]bool    // "58 hazar km": a quantity, even in thousands, is no sum before these
	monthNames                                map[string]bool    // "25 اپریل", "12 May": a day of the month before these is no sum
	tensJoined                                map[string]bool    // "forty two": tens a unit word after adds to (Urdu has a word for each)
	subunitWords                              map[string]bool    // "280 روپے 15 پیسے": the hundredths of the rupee
	exchangeRate                              map[string]bool    // "dollar rate 280": the price of a currency, in rupees
	rateUnits                                 map[string]bool    // "4500/month", "500 per day": after "/" or "per", a price by the span

	ageUnits, ageWords, childNouns map[string]bool
	kinNouns                       map[string]bool // a niece, a sister: an age said of them is read by the rules only
	ageLinks                       map[string]bool // "my son is (only) 17": the words between a child and a bare age
	ageOnly                        map[string]bool // "Kamran is only 15": an age said to be small
	ageAfter                       map[string]bool // "is 17 and", "is 15 but": what may follow a bare age
	ageDifferences                 map[string]bool // "umar do saal kam likhi": years more or less, no age
	movers                         map[string]bool // "took her to Dubai": she is there
	minorWords                     map[string]bool // "nabaligh", "under 18": a minor, a danger named as such

	tlds            map[string]bool
	freeEmail       map[string]bool
	socialHosts     map[string]bool // a page's host: its name is in the path ("facebook.com/OEC.Official.Jobs")
	pageOfficial    []string        // words that make a page's name an official body's ("embassy")
	numberOwners    map[string]bool // "kafeel", "کفیل": one whose number is abroad
	countryWords    map[string]bool // every plain name of a country abroad, as words ("یو اے ای", "saudi")
	numberNouns     map[string]bool // "number", "نمبر": a country's number ends in one
	numberLinks     map[string]bool // "wala", "کا" between the country and the number word
	numberCopulas   map[string]bool // "hai", "ہے", "is" between the number word and the number
	notPhoneBefore  map[string]bool // "tid", "آئی ڈی": the digits after are an id
	ownNumber       map[string]bool // "mera", "رابطہ": the writer's own number
	employerMail    []string        // known employers' names as written inside an e-mail address
	officialDomains []string
	officialSuffix  []string
	officialWords   map[string]bool
	licenceKeywords []string
	licenceCities   map[string]bool
	licenceLetters  map[string]string // a Latin letter's name in Urdu script, folded
	spokenDigits    map[string]string // a digit's name ("teen", "تین"), folded, to the digit
	spokenRepeats   map[string]int    // "double", "triple"
	spokenHundreds  map[string]bool   // "sau", "سو", "hundred"
	licenceNames    map[string]string // a Protectorate city's name, folded, lower-case: its code
	salaryLimits    map[string]float64
	legalFeePKR     float64
}

type currencyPhrase struct {
	words []string
	code  string
}

// lex is the compiled embedded lexicon. It is read-only after package
// initialisation.
var lex = mustLoadLexicon(lang.Default().Section("triage"))

func mustLoadLexicon(data []byte) *lexicon {
	l, err := loadLexicon(data)
	if err != nil {
		panic(fmt.Sprintf("triage: embedded lexicon: %v", err)) // a build defect, caught by tests
	}
	return l
}

func loadLexicon(data []byte) (*lexicon, error) {
	shared := lang.Default()
	var f lexiconFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	l := &lexicon{
		situations:       map[string]situation{},
		words:            shared,
		countryNames:     map[string]string{},
		urduNames:        map[string]string{},
		locatives:        wordSet(f.Locatives),
		negatable:        rawSet(f.Negatable),
		europeWords:      wordSet(f.EuropeWords),
		europeCountries:  rawSet(f.EuropeCountries),
		transitCountries: rawSet(f.TransitCountries),
		ransomRoute:      rawSet(f.RansomRoute.Codes),
		seaCrossingFrom:  rawSet(f.SeaCrossingFrom.Codes),
		scamCountries:    rawSet(f.ScamCountries),
		remotePayments:   rawSet(f.RemotePayments),
		currencySymbols:  map[rune]string{},
		currencies:       map[string]string{},
		currencyByCtry:   f.CurrencyByCtry,
		currencyCtryW:    wordSet(f.CurrencyCtryW),
		attachedOnly:     wordSet(f.AttachedOnly),
		multVerbAfter:    map[string]map[string]bool{},
		rangeWords:       wordSet(f.RangeWords),
		unitJoiners:      wordSet(f.UnitJoiners),
		unitCorrections:  wordSet(f.UnitCorrections),
		takebacks:        wordSet(f.Takebacks),
		takebackFillers:  wordSet(f.TakebackFillers),
		takebacksNear:    wordSet(f.TakebacksNear),
		insteadWords:     wordSet(f.InsteadWords),
		halfAfter:        wordSeqs(f.HalfAfter),
		countNouns:       wordSet(f.CountNouns),
		countOblique:     wordSet(f.CountOblique.Words),
		obliqueAfter:     wordSet(f.CountOblique.After),
		freeBefore:       wordSet(f.CountFree.Before),
		moreThanBefore:   wordSet(f.CountMore.Before),
		moreThan:         wordSet(f.CountMore.Words),
		moneyChannels:    wordSet(f.MoneyChannels.Words),
		channelCodes:     wordSet(f.MoneyChannels.Codes),
		freeCount:        wordSet(f.CountFree.Words),
		countKind:        wordSet(f.CountKind.Words),
		feeWords:         wordSet(f.FeeWords),
		connectors:       wordSet(f.Connectors),
		moneyContext:     wordSet(f.MoneyContext),
		moneyFillers:     wordSet(f.MoneyFillers),
		giveStems:        wordSet(f.GiveStems),
		timesWords:       wordSet(f.TimesWords),
		timesCounts:      f.TimesCounts,
		eachWords:        wordSet(f.EachWords),
		givenWords:       wordSet(f.GivenWords),
		toldWords:        wordSet(f.ToldWords),
		moreBefore:       wordSet(f.MoreWords.Before),
		moreAfter:        wordSet(f.MoreWords.After),
		totalWords:       wordSet(f.TotalWords),
		thousandsNext:    wordSet(f.ThousandsNext),
		contrastWords:    wordSet(f.ContrastWords),
		pricedBefore:     wordSet(f.PricedBefore),
		pricedAfter:      wordSet(f.PricedAfter),
		notMoneyUnits:    wordSet(f.NotMoneyUnits),
		percentWords:     wordSet(f.PercentWords),
		moreSumNext:      wordSet(f.MoreSumNext),
		notMoneyBefore:   wordSet(f.NotMoneyBefore),
		shortcodeAt:      wordSet(f.ShortcodeAt),
		shortcodeVerbs:   wordSet(f.ShortcodeVerbs),
		measureUnits:     wordSet(f.MeasureUnits),
		monthNames:       wordSet(f.MonthNames),
		tensJoined:       wordSet(f.TensJoined),
		subunitWords:     wordSet(f.SubunitWords),
		rateUnits:        wordSet(f.RateUnits),
		exchangeRate:     wordSet(f.ExchangeRate),
		ageUnits:         wordSet(f.AgeUnits),
		movers:           wordSet(f.Movers),
		minorWords:       wordSet(f.MinorWords),
		ageWords:         wordSet(f.AgeWords),
		childNouns:       wordSet(f.ChildNouns),
		kinNouns:         wordSet(f.KinNouns),
		ageLinks:         wordSet(f.AgeLinks),
		ageOnly:          wordSet(f.AgeOnly),
		ageAfter:         wordSet(f.AgeAfter),
		ageDifferences:   wordSet(f.AgeDifferences),
		tlds:             rawSet(f.TLDs),
		freeEmail:        rawSet(f.FreeEmail),
		socialHosts:      rawSet(f.SocialHosts),
		pageOfficial:     f.PageOfficial.Words,
		numberOwners:     wordSet(f.NumberOwners.Words),
		countryWords:     plainNames(f.Countries),
		numberNouns:      wordSet(f.NumberOwners.Nouns),
		numberLinks:      wordSet(f.NumberOwners.Links),
		numberCopulas:    wordSet(f.NumberOwners.Copulas),
		notPhoneBefore:   wordSet(f.NotPhoneBefore.Words),
		ownNumber:        wordSet(f.OwnNumber.Words),
		employerMail:     f.EmployerMail,
		officialDomains:  f.OfficialDomains,
		officialSuffix:   f.OfficialSuffix,
		officialWords:    rawSet(f.OfficialWords),
		licenceCities:    rawSet(f.LicenceCities),
		salaryLimits:     f.SalaryLimits,
		legalFeePKR:      f.LegalFeePKR,
	}
	l.licenceNames = map[string]string{}
	for name, code := range f.LicenceNames {
		if !l.licenceCities[code] {
			return nil, fmt.Errorf("licence city %q: code %q is not a licence city code", name, code)
		}
		l.licenceNames[strings.ToLower(lang.Fold(name).S)] = code
	}
	l.spokenDigits, l.spokenRepeats = map[string]string{}, map[string]int{}
	for d, names := range f.SpokenDigits {
		for _, n := range names {
			l.spokenDigits[strings.ToLower(lang.Fold(n).S)] = d
		}
	}
	for n, k := range f.SpokenRepeats {
		l.spokenRepeats[strings.ToLower(lang.Fold(n).S)] = k
	}
	l.spokenHundreds = map[string]bool{}
	for _, n := range f.SpokenHundreds {
		l.spokenHundreds[strings.ToLower(lang.Fold(n).S)] = true
	}
	l.licenceLetters = map[string]string{}
	for name, letter := range f.LicenceLetters {
		l.licenceLetters[lang.Fold(name).S] = letter
	}
	for _, k := range f.LicenceKeywords {
		l.licenceKeywords = append(l.licenceKeywords, strings.ToLower(k))
	}
	for sym, code := range f.CurrencySymbols {
		r := []rune(sym)
		if len(r) != 1 {
			return nil, fmt.Errorf("currency symbol %q is not one character", sym)
		}
		l.currencySymbols[r[0]] = code
	}
	for code, names := range f.Currencies {
		for _, n := range names {
			w := lang.Words(n)
			switch len(w) {
			case 0:
				return nil, fmt.Errorf("currency %s: empty name %q", code, n)
			case 1:
				l.currencies[w[0]] = code
			default:
				l.currencyPhrases = append(l.currencyPhrases, currencyPhrase{w, code})
			}
		}
	}
	sort.Slice(l.currencyPhrases, func(i, j int) bool {
		a, b := l.currencyPhrases[i], l.currencyPhrases[j]
		if len(a.words) != len(b.words) {
			return len(a.words) > len(b.words)
		}
		return strings.Join(a.words, " ") < strings.Join(b.words, " ")
	})
	// A word of paying as texted ("i snd 15000 easypaisa", blind25
	// EN-031) is that word: the lexicon's spelling variants of the money
	// context words are money context too.
	for _, w := range sortedKeys(l.moneyContext) {
		for _, v := range shared.Variants(w) {
			l.moneyContext[v] = true
		}
	}
	for m, after := range f.MultVerbAfter.Words {
		w, ok := lang.Word(m)
		if !ok {
			return nil, fmt.Errorf("multiplier_verb_after: %q is not one word", m)
		}
		l.multVerbAfter[w] = wordSet(after)
	}
	nums, err := lang.ReadNumbers(data)
	if err != nil {
		return nil, err
	}
	l.multipliers, l.numberWords, l.fractions = nums.Multipliers, nums.Words, nums.Fractions

	for code, names := range f.HomeCountry {
		if f.Countries[code] != nil || len(names) == 0 {
			return nil, fmt.Errorf("home country %s: no names, or also a country abroad", code)
		}
		l.nameCountry(code, names) // named, never looked for
	}
	for code, names := range f.Countries {
		if len(names) == 0 {
			return nil, fmt.Errorf("country %s: no names", code)
		}
		l.nameCountry(code, names)
	}
	l.vocab = shared.NewVocab()
	l.danger = shared.NewMatcher(l.vocab)
	l.entity = shared.NewMatcher(l.vocab)
	l.all = shared.NewMatcher(l.vocab)
	for _, s := range f.Situations {
		switch s.Level {
		case UrgencyEmergency, UrgencyUrgent:
		default:
			return nil, fmt.Errorf("situation %s: level %q", s.Code, s.Level)
		}
		if s.Reason == "" || s.Code == "" {
			return nil, fmt.Errorf("situation %q: code and reason are required", s.Code)
		}
		l.situations[s.Code] = situation{code: s.Code, level: s.Level, reason: s.Reason, when: s.When}
		l.sitOrder = append(l.sitOrder, s.Code)
		if err := addBoth(l.danger, l.all, lang.Label{Kind: kindSit, Key: s.Code}, s.Phrases); err != nil {
			return nil, err
		}
		if err := addBoth(l.danger, l.all, lang.Label{Kind: kindSit, Key: s.Code, Except: true}, s.Except); err != nil {
			return nil, err
		}
	}
	for _, code := range sortedKeys(f.Countries) {
		if err := addBoth(l.entity, l.all, lang.Label{Kind: kindCountry, Key: code}, f.Countries[code]); err != nil {
			return nil, err
		}
		// a place at home named after one abroad ("Madina Town", "Dubai
		// Chowk", a kiln called "Madina Bhatta") is no destination
		if err := addBoth(l.entity, l.all, lang.Label{Kind: kindCountry, Key: code, Except: true}, f.CountryExcept[code]); err != nil {
			return nil, err
		}
	}
	for _, ch := range sortedKeys(f.Payments) {
		if err := addBoth(l.entity, l.all, lang.Label{Kind: kindPayment, Key: ch}, f.Payments[ch]); err != nil {
			return nil, err
		}
		if err := addBoth(l.entity, l.all, lang.Label{Kind: kindPayment, Key: ch, Except: true}, f.PaymentExcept[ch]); err != nil {
			return nil, err
		}
	}
	for _, c := range sortedKeys(f.Cues) {
		if err := addAll(l.all, lang.Label{Kind: kindCue, Key: c}, f.Cues[c]); err != nil {
			return nil, err
		}
		if err := addAll(l.all, lang.Label{Kind: kindCue, Key: c, Except: true}, f.CueExcept[c]); err != nil {
			return nil, err
		}
	}
	for c := range f.CueExcept {
		if _, ok := f.Cues[c]; !ok {
			return nil, fmt.Errorf("cue_except: no cue %q", c)
		}
	}
	for c := range l.negatable {
		if _, ok := f.Cues[c]; !ok {
			return nil, fmt.Errorf("negatable_cues: no cue %q", c)
		}
	}
	for _, c := range f.Compounds {
		if c.Code == "" || c.Reason == "" || len(c.All) < 2 {
			return nil, fmt.Errorf("compound %q: code, reason and two requirements are needed", c.Code)
		}
		if c.Level != "" && c.Level != UrgencyUrgent {
			return nil, fmt.Errorf("compound %s: level %q is neither empty (an emergency) nor urgent", c.Code, c.Level)
		}
		for _, req := range c.All {
			for _, k := range strings.Split(req, "|") {
				if _, ok := f.Cues[k]; !ok && l.situations[k].code == "" {
					return nil, fmt.Errorf("compound %s: no cue or situation %q", c.Code, k)
				}
			}
		}
	}
	l.compounds = f.Compounds
	for _, c := range append(requiredCues, concepts...) {
		if _, ok := f.Cues[c]; !ok {
			return nil, fmt.Errorf("cues: %q is required", c)
		}
	}
	for _, m := range []*lang.Matcher{l.danger, l.entity, l.all} {
		m.Freeze()
	}
	return l, nil
}

// Kinds of label.
const (
	kindSit     = "sit"
	kindCountry = "country"
	kindPayment = "payment"
	kindCue     = "cue"
)

// requiredCues are the cues the code reads.
var requiredCues = []string{
	"job", "overseas", "online", "paid_verb", "whatsapp", "whatsapp_only", "office", "paid", "ask_pay", "fee", "verify",
	"licensed", "no_licence", "misconduct", "offline_agent", "smuggling", "trafficking", "forced_labour", "ransom",
	"document_fraud", "distress_abroad", "abroad", "presence_after", "presence_before", "sent_to", "guarantee",
	"visit_visa", "on_arrival", "work_there", "selected", "survey", "personal_data", "app_install", "medical", "medical_named",
	"officials", "announcement", "scam_region_jobs", "known_employers", "app_only", "no_office", "messenger", "applied", "scam_hub", "scam_work", "free_visa", "fee_named", "pay_request", "pay_on_arrival", "sure_approval", "data_ask", "registration_word", "secret_code", "fake_page", "agent", "route", "unrealistic", "no_receipt", "salary_context", "per_year", "onward", "k_go_on",
}

// addBoth adds phrases to a matcher of their own kind and to the one
// Assess runs.
func addBoth(own, all *lang.Matcher, l lang.Label, phrases []string) error {
	if err := addAll(own, l, phrases); err != nil {
		return err
	}
	return addAll(all, l, phrases)
}

func addAll(m *lang.Matcher, l lang.Label, phrases []string) error {
	for _, p := range phrases {
		if err := m.Add(l, p); err != nil {
			return fmt.Errorf("%s %s: %w", l.Kind, l.Key, err)
		}
	}
	return nil
}

// wordSet normalises each entry; multi-word entries are kept joined by a
// space (used only where a single token is looked up, so they never match).
// plainNames is the word set of the names of every country, those
// written as plain words (no alternatives or gaps).
func plainNames(countries map[string][]string) map[string]bool {
	var ws []string
	for _, names := range countries {
		for _, n := range names {
			if !strings.ContainsAny(n, "|~#@") {
				ws = append(ws, n)
			}
		}
	}
	return wordSet(ws)
}

func wordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.Join(lang.Words(w), " ")] = true
	}
	return m
}

// wordSeqs normalises each entry into its words.
func wordSeqs(ws []string) [][]string {
	out := make([][]string, 0, len(ws))
	for _, w := range ws {
		if seq := lang.Words(w); len(seq) > 0 {
			out = append(out, seq)
		}
	}
	return out
}

func rawSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if len(w) <= 3 {
			ws[i] = strings.ToUpper(w) // "uae", "ksa", "uk", "usa"
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// nameCountry keeps a country's English name (its first) and its first
// Urdu-script name.
func (l *lexicon) nameCountry(code string, names []string) {
	l.countryNames[code] = titleCase(names[0])
	for _, n := range names {
		if lang.HasUrduScript(n) {
			l.urduNames[code] = n
			break
		}
	}
}
