package flows

import (
	"strings"

	"github.com/hoshyar/hoshyar/locales"
)

// Choice values. Buttons carry them; typed numbers and words resolve to them.
const (
	ChoiceReport   = "report"
	ChoiceHelp     = "help"
	ChoiceVerify   = "verify"
	ChoiceStatus   = "status"
	ChoiceHuman    = "human"
	ChoiceLanguage = "language"
	ChoiceErase    = "erase"
	ChoiceMenu     = "menu"
	ChoiceBack     = "back"
	ChoiceCancel   = "cancel"

	ChoiceDone     = "done"
	ChoiceSkip     = "skip"
	ChoiceYes      = "yes"
	ChoiceNo       = "no"
	ChoiceConfirm  = "confirm"
	ChoiceFix      = "fix"
	ChoiceContinue = "continue"
	ChoiceRestart  = "restart"

	choiceLangPrefix = "lang:"
	choiceRefPrefix  = "ref:"
)

// Flow kinds.
const (
	KindReport = "report"
	KindHelp   = "help"
	KindVerify = "verify"
	KindHuman  = "human"
)

// words maps what a person may type (normalized, see Normalize) to a choice
// value, in English, Roman Urdu (with its common spellings) and Urdu script.
// The global ones work in every node; the menu options by name work at the
// menu.
var words = map[string]string{
	// menu
	"menu": ChoiceMenu, "main menu": ChoiceMenu, "meenu": ChoiceMenu, "manu": ChoiceMenu, "start": ChoiceMenu, "/start": ChoiceMenu,
	"options": ChoiceMenu, "مینو": ChoiceMenu, "مینیو": ChoiceMenu, "شروع": ChoiceMenu,
	// back
	"back": ChoiceBack, "wapis": ChoiceBack, "wapas": ChoiceBack, "peeche": ChoiceBack, "واپس": ChoiceBack, "پیچھے": ChoiceBack,
	// cancel / stop
	"cancel": ChoiceCancel, "stop": ChoiceCancel, "band karo": ChoiceCancel, "khatam": ChoiceCancel, "ruko": ChoiceCancel,
	"منسوخ": ChoiceCancel, "بند کرو": ChoiceCancel, "ختم": ChoiceCancel, "رکو": ChoiceCancel,
	// help
	"help": ChoiceHelp, "madad": ChoiceHelp, "mdd": ChoiceHelp, "madat": ChoiceHelp, "bachao": ChoiceHelp, "bachaao": ChoiceHelp,
	"help me": ChoiceHelp, "madad karo": ChoiceHelp, "madad chahiye": ChoiceHelp, "مدد": ChoiceHelp, "بچاؤ": ChoiceHelp, "بچاو": ChoiceHelp,
	"مدد کریں": ChoiceHelp, "مدد چاہیے": ChoiceHelp, "mujhe bachao": ChoiceHelp, "مجھے بچاؤ": ChoiceHelp,
	// language
	"language": ChoiceLanguage, "lang": ChoiceLanguage, "zaban": ChoiceLanguage, "zuban": ChoiceLanguage, "zubaan": ChoiceLanguage,
	"zabaan": ChoiceLanguage, "زبان": ChoiceLanguage,
	"english": choiceLangPrefix + "en", "angrezi": choiceLangPrefix + "en", "inglish": choiceLangPrefix + "en", "انگریزی": choiceLangPrefix + "en", "انگلش": choiceLangPrefix + "en",
	"urdu": choiceLangPrefix + "ur", "اردو": choiceLangPrefix + "ur",
	"roman urdu": choiceLangPrefix + "ur-Latn", "roman": choiceLangPrefix + "ur-Latn", "رومن اردو": choiceLangPrefix + "ur-Latn",
	// delete my data
	"delete my data": ChoiceErase, "delete": ChoiceErase, "erase": ChoiceErase, "mera data delete karo": ChoiceErase,
	"data delete": ChoiceErase, "data mitao": ChoiceErase, "میرا ڈیٹا ختم کریں": ChoiceErase, "ڈیٹا ڈیلیٹ": ChoiceErase,
	"mera data delete kar do": ChoiceErase, "mera data delete kardo": ChoiceErase, "mera data mita do": ChoiceErase,
	"delete my chat": ChoiceErase, "میرا ڈیٹا ڈیلیٹ کر دیں": ChoiceErase, "کینسل": ChoiceCancel, "cancel karo": ChoiceCancel,
}

// menuWords name the main menu's options; they act at the menu only.
var menuWords = map[string]string{
	"report": ChoiceReport, "shikayat": ChoiceReport, "shikait": ChoiceReport, "shikayet": ChoiceReport, "رپورٹ": ChoiceReport, "شکایت": ChoiceReport,
	"verify": ChoiceVerify, "check": ChoiceVerify, "tasdeeq": ChoiceVerify, "tasdiq": ChoiceVerify, "tasdeek": ChoiceVerify, "تصدیق": ChoiceVerify,
	"status": ChoiceStatus, "istatus": ChoiceStatus, "اسٹیٹس": ChoiceStatus, "سٹیٹس": ChoiceStatus,
	"person": ChoiceHuman, "human": ChoiceHuman, "talk to a person": ChoiceHuman, "insaan": ChoiceHuman, "insan": ChoiceHuman,
	"banda": ChoiceHuman, "انسان": ChoiceHuman, "officer": ChoiceHuman, "team": ChoiceHuman,
	"insaan se baat": ChoiceHuman, "insan se baat": ChoiceHuman, "officer se baat": ChoiceHuman, "kisi se baat karni hai": ChoiceHuman,
	"کسی انسان سے بات": ChoiceHuman, "کسی انسان سے بات کرنی ہے": ChoiceHuman, "افسر سے بات": ChoiceHuman,
}

// answerWords are answers to a question: done, skip, yes, no.
var answerWords = map[string]string{
	"done": ChoiceDone, "bas": ChoiceDone, "ho gaya": ChoiceDone, "hogaya": ChoiceDone, "ho gya": ChoiceDone, "finished": ChoiceDone,
	"بس": ChoiceDone, "ہو گیا": ChoiceDone, "ہوگیا": ChoiceDone,
	"skip": ChoiceSkip, "chhoro": ChoiceSkip, "choro": ChoiceSkip, "chhodo": ChoiceSkip, "chodo": ChoiceSkip, "agay": ChoiceSkip, "aage": ChoiceSkip,
	"پتہ نہیں": ChoiceSkip, "چھوڑیں": ChoiceSkip, "چھوڑو": ChoiceSkip, "skip karo": ChoiceSkip, "pata nahi": ChoiceSkip, "don t know": ChoiceSkip,
	"yes": ChoiceYes, "y": ChoiceYes, "haan": ChoiceYes, "han": ChoiceYes, "haa": ChoiceYes, "ji": ChoiceYes, "jee": ChoiceYes, "g": ChoiceYes, "ji haan": ChoiceYes,
	"ok": ChoiceYes, "okay": ChoiceYes, "theek hai": ChoiceYes, "ہاں": ChoiceYes, "جی": ChoiceYes, "جی ہاں": ChoiceYes, "ٹھیک ہے": ChoiceYes,
	"gumnaam": ChoiceNo, "anonymous": ChoiceNo, "گمنام": ChoiceNo,
	"no": ChoiceNo, "n": ChoiceNo, "nahi": ChoiceNo, "nahin": ChoiceNo, "nai": ChoiceNo, "na": ChoiceNo, "نہیں": ChoiceNo, "جی نہیں": ChoiceNo, "نا": ChoiceNo,
}

// pleaWords say the person needs help, wherever they appear in a message.
var pleaWords = []string{
	"help me", "please help", "madad karo", "madad karein", "madad kijiye", "mujhe bachao", "bachao", "bacha lo",
	"phans gaya", "phans gayi", "phas gaya", "phas gya", "phas gayi", "main phansa", "wapis jana chahta", "wapis jana chahti",
	"مدد کریں", "مدد کرو", "بچاؤ", "بچا لو", "پھنس گیا", "پھنس گئی", "واپس جانا چاہتا", "واپس جانا چاہتی",
	"i am stuck", "i'm stuck", "i want to go back", "i want to go home", "trapped",
	"need help", "i need help", "plz help", "pls help", "help plz", "help please", "meri madad karo", "meri madad karein",
}

// verifyWords ask whether something is genuine.
var verifyWords = []string{
	"real", "genuine", "legit", "fake", "is this true", "asli", "asal", "sahi hai", "sach hai", "jaali", "jali", "fraud hai",
	"tasdeeq", "tasdiq", "check karein", "check karo", "اصلی", "اصل", "جعلی", "تصدیق", "صحیح ہے", "سچ ہے",
}

// languageWords name a language inside a short request ("english please",
// "urdu mein baat karo").
var languageWords = map[string]string{
	"english": locales.EN, "angrezi": locales.EN, "انگریزی": locales.EN, "انگلش": locales.EN,
	"urdu": locales.UR, "اردو": locales.UR, "roman": locales.URLatn, "رومن": locales.URLatn,
}

// languageRequest returns the language a short message asks for, or "".
func languageRequest(norm string) string {
	fields := strings.Fields(norm)
	if len(fields) == 0 || len(fields) > 5 {
		return ""
	}
	var found string
	for _, w := range fields {
		if l, ok := languageWords[w]; ok {
			if found == locales.UR && l == locales.URLatn || found == locales.URLatn && l == locales.UR {
				found = locales.URLatn // "roman urdu"
				continue
			}
			found = l
		}
	}
	return found
}

// hasAny reports whether the normalized text contains any of the phrases
// as whole words.
func hasAny(text string, phrases []string) bool {
	norm := " " + squeezeRepeats(Normalize(text)) + " "
	for _, p := range phrases {
		if strings.Contains(norm, " "+Normalize(p)+" ") {
			return true
		}
	}
	return false
}
