package flows

import (
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
	ChoiceUnknown  = "unknown"
	ChoiceConfirm  = "confirm"
	ChoiceFix      = "fix"
	ChoiceContinue = "continue"
	ChoiceRestart  = "restart"

	choiceLangPrefix  = "lang:"
	choiceRefPrefix   = "ref:"
	choiceFieldPrefix = "field:" // an answer to change, from the summary
)

// Flow kinds.
const (
	KindReport = "report"
	KindHelp   = "help"
	KindVerify = "verify"
	KindHuman  = "human"
)

// option is a choice offered: its value and the id of its label.
type option struct{ value, label string }

// menuOptions are the main menu's choices in order.
var menuOptions = []option{
	{ChoiceReport, "menu_report"},
	{ChoiceHelp, "menu_help"},
	{ChoiceVerify, "menu_verify"},
	{ChoiceStatus, "menu_status"},
	{ChoiceHuman, "menu_human"},
	{ChoiceLanguage, "menu_language"},
	{ChoiceErase, "menu_erase"},
}

var languageOptions = []option{
	{choiceLangPrefix + locales.UR, "lang_ur"},
	{choiceLangPrefix + locales.URLatn, "lang_ur_latn"},
	{choiceLangPrefix + locales.EN, "lang_en"},
}

var (
	yesNo         = []option{{ChoiceYes, "btn_yes"}, {ChoiceNo, "btn_no"}}
	yesNoSkip     = []option{{ChoiceYes, "btn_yes"}, {ChoiceNo, "btn_no"}, {ChoiceSkip, "btn_skip"}}
	yesNoUnknown  = []option{{ChoiceYes, "btn_yes"}, {ChoiceNo, "btn_no"}, {ChoiceUnknown, "btn_unknown"}}
	skipOnly      = []option{{ChoiceSkip, "btn_skip"}}
	resumeOptions = []option{{ChoiceContinue, "btn_continue"}, {ChoiceRestart, "btn_restart"}}
)

// labelsOf maps an option value to the ids of the labels it is shown with,
// so a label typed out selects its option.
var labelsOf = func() map[string][]string {
	m := map[string][]string{}
	lists := [][]option{menuOptions, languageOptions, yesNoSkip, yesNoUnknown, skipOnly, resumeOptions,
		{{ChoiceDone, "btn_done"}, {ChoiceConfirm, "btn_confirm"}, {ChoiceFix, "btn_fix"}, {ChoiceCancel, "btn_cancel"},
			{ChoiceYes, "consent_yes"}, {ChoiceNo, "consent_no"}, {ChoiceMenu, "btn_menu"}}}
	for _, q := range questions {
		lists = append(lists, q.options)
	}
	for _, list := range lists {
		for _, o := range list {
			if !contains(m[o.value], o.label) {
				m[o.value] = append(m[o.value], o.label)
			}
		}
	}
	return m
}()

func hasOption(options []option, v string) bool {
	for _, o := range options {
		if o.value == v {
			return true
		}
	}
	return false
}
