package flows

import (
	"strings"
	"unicode"

	"github.com/hoshyar/hoshyar/locales"
)

// Words that mark Latin-script text as Roman Urdu. Short, common words
// that are also English ("main", "me", "to", "so") are left out.
var romanUrduWords = set(
	"aap", "ap", "apka", "apni", "apna", "mujhe", "mujhay", "mjhe", "mera", "meri", "mere", "hum", "hamein",
	"kya", "kia", "kyun", "kaise", "kese", "kaisay", "kab", "kahan", "kon", "kaun",
	"hai", "hain", "hy", "hoon", "hun", "tha", "thi", "thay", "ho", "hoga", "gaya", "gya",
	"nahi", "nahin", "nai", "haan", "han", "ji", "jee", "acha", "accha", "theek", "thik",
	"karo", "karein", "karen", "krna", "karna", "kar", "kr", "chahiye", "chahye", "chahta", "chahti", "batao", "bataen", "bata",
	"madad", "mdd", "bachao", "naukri", "nokri", "nokari", "naukari", "mulazmat", "rozgar", "kaam",
	"bhai", "bhaijan", "behen", "baji", "sahab", "sahib", "janab", "yaar",
	"shukriya", "meherbani", "mehrbani", "bohat", "bahut", "bohot", "sab", "wala", "wali", "liye", "lye",
	"paisay", "paise", "pese", "raqam", "tankhwah", "tankha", "bahar", "bairon", "beroon", "mulk",
	"dhoka", "jaali", "jali", "khatra", "shikayat", "tasdeeq", "zaban", "zuban", "zubaan",
	"alaikum", "alaikom", "alikum", "walaikum", "khuda", "hafiz", "allah",
	"diya", "diye", "liya", "liye", "dena", "lena", "raha", "rahi", "rahe", "sakta", "sakti", "wapis", "abhi", "phir", "yahan", "wahan",
)

// Urdu greetings that say the person speaks Urdu but not which script they
// like to read. Alone, they get Urdu script (the person can switch with one
// tap); with any other Roman Urdu word, Roman Urdu.
var urduGreetings = set("salam", "salaam", "slam", "aoa", "assalam", "asalam", "assalamualaikum", "asalamualaikum", "assalamoalaikum", "salamalaikum")

var englishWords = set(
	"hello", "hi", "hey", "good", "morning", "evening", "afternoon", "thanks", "thank", "please",
	"i", "my", "you", "your", "we", "the", "a", "an", "is", "are", "was", "am", "this", "that", "what", "how", "why", "where",
	"help", "need", "want", "job", "jobs", "offer", "agent", "report", "check", "work", "visa", "abroad", "fraud", "scam",
	"and", "or", "of", "for", "with", "can", "not", "do", "did", "have", "has", "it", "in", "on", "yes", "no",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Detect returns the locale the text is written in, or "" when the text
// says nothing about it (digits, a lone "ok", an emoji).
//
//   - Any Arabic-script letter: ur.
//   - Latin text with a Roman Urdu word, or an Urdu greeting with any other
//     Urdu word: ur-Latn; an Urdu greeting alone ("salam"): ur.
//   - Latin text with English words and no Urdu ones: en.
func Detect(text string) string {
	l, _ := detect(text)
	return l
}

// detect is Detect with the number of words that bear it out.
func detect(text string) (string, int) {
	norm := Normalize(text)
	if hasArabicScript(norm) {
		return locales.UR, len(strings.Fields(norm))
	}
	var roman, greeting, english int
	for _, w := range strings.Fields(squeezeRepeats(norm)) {
		switch {
		case urduGreetings[w]:
			greeting++
		case romanUrduWords[w]:
			roman++
		case englishWords[w]:
			english++
		}
	}
	switch {
	case roman > 0 && roman >= english:
		return locales.URLatn, roman + greeting
	case greeting > 0 && english == 0:
		return locales.UR, greeting
	case english > 0 || greeting > 0:
		return locales.EN, english
	}
	return "", 0
}

// squeezeRepeats shortens letters repeated three or more times to one
// ("pleeease" → "please", "madaaad" → "madad"), as people stretch words.
func squeezeRepeats(s string) string {
	var b strings.Builder
	var last rune
	run := 0
	rs := []rune(s)
	for i, r := range rs {
		if r == last {
			run++
		} else {
			run = 1
		}
		last = r
		// keep a double letter ("saab", "bhaii") but not a triple
		if run >= 2 && i+1 < len(rs) && rs[i+1] == r {
			continue
		}
		if run >= 3 {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasArabicScript(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) }) >= 0
}
