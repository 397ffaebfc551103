package flows

// Choice values. Buttons carry them; typed numbers and words resolve to them.
const (
	ChoiceReport   = "report"
	ChoiceHelp     = "help"
	ChoiceVerify   = "verify"
	ChoiceStatus   = "status"
	ChoiceHuman    = "human"
	ChoiceLanguage = "language"
	ChoiceMenu     = "menu"
	ChoiceBack     = "back"

	choiceLangPrefix = "lang:"
)

// words maps what a person may type (normalized, see Normalize) to a choice
// value, in English, Roman Urdu (with its common spellings) and Urdu script.
// They work in every node.
var words = map[string]string{
	// menu
	"menu": ChoiceMenu, "main menu": ChoiceMenu, "meenu": ChoiceMenu, "manu": ChoiceMenu, "start": ChoiceMenu, "/start": ChoiceMenu,
	"options": ChoiceMenu, "مینو": ChoiceMenu, "مینیو": ChoiceMenu, "شروع": ChoiceMenu,
	// back
	"back": ChoiceBack, "wapis": ChoiceBack, "wapas": ChoiceBack, "peeche": ChoiceBack, "واپس": ChoiceBack, "پیچھے": ChoiceBack,
	// help
	"help": ChoiceHelp, "madad": ChoiceHelp, "mdd": ChoiceHelp, "madat": ChoiceHelp, "bachao": ChoiceHelp, "bachaao": ChoiceHelp,
	"help me": ChoiceHelp, "madad karo": ChoiceHelp, "madad chahiye": ChoiceHelp, "مدد": ChoiceHelp, "بچاؤ": ChoiceHelp, "بچاو": ChoiceHelp,
	"مدد کریں": ChoiceHelp, "مدد چاہیے": ChoiceHelp,
	// language
	"language": ChoiceLanguage, "lang": ChoiceLanguage, "zaban": ChoiceLanguage, "zuban": ChoiceLanguage, "zubaan": ChoiceLanguage,
	"zabaan": ChoiceLanguage, "زبان": ChoiceLanguage,
	"english": choiceLangPrefix + "en", "angrezi": choiceLangPrefix + "en", "inglish": choiceLangPrefix + "en", "انگریزی": choiceLangPrefix + "en", "انگلش": choiceLangPrefix + "en",
	"urdu": choiceLangPrefix + "ur", "اردو": choiceLangPrefix + "ur",
	"roman urdu": choiceLangPrefix + "ur-Latn", "roman": choiceLangPrefix + "ur-Latn", "رومن اردو": choiceLangPrefix + "ur-Latn",
	// menu options by name
	"report": ChoiceReport, "shikayat": ChoiceReport, "shikait": ChoiceReport, "shikayet": ChoiceReport, "رپورٹ": ChoiceReport, "شکایت": ChoiceReport,
	"verify": ChoiceVerify, "check": ChoiceVerify, "tasdeeq": ChoiceVerify, "tasdiq": ChoiceVerify, "tasdeek": ChoiceVerify, "تصدیق": ChoiceVerify,
	"status": ChoiceStatus, "istatus": ChoiceStatus, "اسٹیٹس": ChoiceStatus, "سٹیٹس": ChoiceStatus,
	"person": ChoiceHuman, "human": ChoiceHuman, "talk to a person": ChoiceHuman, "insaan": ChoiceHuman, "insan": ChoiceHuman,
	"banda": ChoiceHuman, "انسان": ChoiceHuman,
}
