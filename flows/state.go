package flows

import "time"

// Nodes of the conversation.
const (
	NodeNew      = ""
	NodeMenu     = "menu"
	NodeLanguage = "language"
)

// State is what the engine remembers between messages. It is stored as
// JSON with the conversation; fields are added, never renamed.
type State struct {
	Locale       string    `json:"locale,omitempty"`
	LocaleChosen bool      `json:"locale_chosen,omitempty"` // picked by the person, no longer detected
	Node         string    `json:"node,omitempty"`
	Options      []string  `json:"options,omitempty"` // values of the choices last offered, in order
	LastAt       time.Time `json:"last_at,omitzero"`
}

// Input is one message from the person, already decoded by its channel.
type Input struct {
	Text   string // what they wrote (or a caption)
	Choice string // the value of a button they pressed
	Media  string // kind of attachment, if any: image, voice, location, sticker…
	Group  bool   // written in a group chat, not privately to the bot

	// SMS is set for text messages, where every 160 characters (70 in Urdu
	// script) is a paid segment and feature phones show long texts badly:
	// the greeting is the short one, and a Latin-script Urdu greeting is
	// answered in Roman Urdu rather than Urdu script.
	SMS bool
}

// Button is a choice offered with a reply.
type Button struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Reply is one message to send.
type Reply struct {
	Text    string   `json:"text"`
	Buttons []Button `json:"buttons,omitempty"`
}

// Effect is something the step asks the caller to do beside replying.
type Effect struct {
	Kind   string `json:"kind"`
	Locale string `json:"locale,omitempty"`
}

// Effect kinds.
const (
	// EffectSetLocale: remember the person's language on their contact, so
	// later messages (an officer's answer, a status change) use it.
	EffectSetLocale = "set_locale"
)

// Result is what a step produces.
type Result struct {
	State   State
	Replies []Reply
	Effects []Effect
}
