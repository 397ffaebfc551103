// Package flows is Hoshyar's conversation engine. It is pure: Step takes the
// conversation's State, one Input and the time, and returns the new State,
// the Replies to send and the Effects to apply. It does no I/O and reads no
// clock; the jobs package runs it inside the transaction that stores its
// results, so a step happens exactly once or not at all.
//
// A State names the node the conversation is at (new, menu, language) and
// the choices last offered, so that a typed number ("2", "۲"), the choice's
// word in any of the three languages, or a button press all select the same
// option. Some words work in every node: menu, help, back, language, and
// their Urdu and Roman Urdu forms; so do a wish to talk to a person, to
// erase one's data, or a report's reference, said in place of an answer.
// "Delete my data?" sets the flow under way aside, and a "no" returns to
// it.
//
// Replies carry their choices as Buttons (label and value); each channel
// renders them its own way: web chat and Telegram as buttons, WhatsApp and
// SMS as numbered lines.
//
// The language is detected from what the person writes (Urdu script → ur,
// Roman Urdu → ur-Latn, otherwise en) until they pick one themselves; see
// Detect.
//
// The engine is the only writer of a conversation. An agency's message to
// the person, its verification verdict, or a notice that a number they
// checked is now under action is an Input too (Input.Agency, agency.go),
// stored and processed in order with the person's own messages: the engine
// renders it in their language and moves the conversation into the
// report's thread.
package flows
