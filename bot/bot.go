package bot

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Channel names as stored with contacts and messages.
const (
	WebChat  = "webchat"
	Telegram = "telegram"
	WhatsApp = "whatsapp"
	SMS      = "sms"
)

// Inbound is one message from a person, decoded by its channel.
type Inbound struct {
	Channel    string
	ProviderID string // unique per channel: Telegram update_id, Twilio MessageSid, web chat client id
	Address    string // who wrote: chat id, phone number, visitor id. Sealed at rest.
	Name       string // the profile name the provider gives; sealed, never shown without consent
	Text       string
	Choice     string // value of a pressed button
	Media      []Media
	Source     string // where the person came from: a Telegram /start payload (a campaign)
	Group      bool   // written in a group or channel chat, not privately to the bot
	Edited     bool   // an edit of an earlier message
	Control    string // ControlStop, ControlStart or ControlYes: an SMS opt-out or opt-in keyword

	// Ref is the channel's own data for AfterIngest (Telegram: the callback
	// query id and the message whose buttons were pressed). Not stored.
	Ref map[string]string
}

// Control keywords (SMS STOP / START). ControlYes is "YES" alone, which
// Twilio takes as an opt-in: it re-subscribes a person who had opted out,
// and is otherwise an answer to the bot's own "(yes / no)" questions.
const (
	ControlStop  = "stop"
	ControlStart = "start"
	ControlYes   = "yes"
)

// Kind summarises what the message carries, for storage and the flow.
func (in Inbound) Kind() string {
	switch {
	case in.Control != "":
		return in.Control // "stop", "start" or "yes"
	case in.Group:
		return "group"
	case in.Edited:
		return "edit"
	case in.Choice != "":
		return "choice"
	case len(in.Media) > 0:
		return in.Media[0].Kind
	}
	return "text"
}

// Media is an attachment or a shared location.
type Media struct {
	Kind        string // image, audio, voice, video, document, sticker, location, contact
	ContentType string
	Data        []byte
	ProviderRef string
	Latitude    *float64
	Longitude   *float64
	Error       string // why the bytes could not be fetched; the message is kept
	// Text is what the channel already read from it: a shared contact's
	// number and name (Telegram sends them in the update). Other texts are
	// read later, by a job, from the bytes.
	Text     string
	Duration int // seconds, of a voice note or audio, when the channel says
}

// Media kinds.
const (
	KindImage    = "image"
	KindDocument = "document"
	KindVoice    = "voice"
	KindAudio    = "audio"
	KindVideo    = "video"
	KindSticker  = "sticker"
	KindContact  = "contact"
	KindLocation = "location"
)

// Button is a choice offered with a reply; each channel renders it its own way.
type Button struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Outbound is one reply to deliver.
type Outbound struct {
	MessageID      int64
	ConversationID int64
	Channel        string
	Address        string
	Locale         string
	Text           string
	Buttons        []Button
	// Template: send the channel's approved template instead of Text
	// (WhatsApp, outside the 24-hour window).
	Template bool
	// Part and Parts number a part of a reply its channel split (see
	// Splitter), from 1; both are 0 for a reply sent whole.
	Part, Parts int
}

// Sender delivers replies on one or more channels.
type Sender interface {
	// Channels lists the channel names this sender delivers on.
	Channels() []string
	// Send delivers out and returns the provider's id for it.
	Send(ctx context.Context, out Outbound) (providerID string, err error)
}

// Part is one provider message of a reply too long for one.
type Part struct {
	Text    string
	Buttons []Button
}

// Splitter is implemented by senders whose provider takes a long reply as
// several messages. The caller records the parts and sends them one by one
// (each as an Outbound with Part and Parts set, which Send sends as it is),
// so a part the provider accepted is never sent again when a later one
// fails and is retried.
type Splitter interface {
	// Split returns out's parts, each within the provider's limits, its
	// buttons on the last; nil when out fits in one message.
	Split(out Outbound) []Part
}

// Pacer is implemented by senders that keep to a provider's rate limits
// themselves. The caller paces first and only then claims the reply and
// calls Send, so a process that dies while a reply waits its turn leaves
// it unclaimed, and it is sent after all. A wait longer than the pacer
// will hold a caller for comes back as a RetryAfterError, nothing taken.
type Pacer interface {
	Pace(ctx context.Context, out Outbound) error
}

// Repeatable is implemented by senders whose Send is safe to repeat after a
// crash mid-send (web chat: delivery is a database change). Replies on other
// channels are never sent again once a process may have handed them to the
// provider.
type Repeatable interface {
	Repeatable() bool
}

// Registry maps channel names to their senders.
type Registry struct {
	senders map[string]Sender
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{senders: map[string]Sender{}} }

// Register adds senders; a channel registered twice is a wiring mistake.
func (r *Registry) Register(senders ...Sender) {
	for _, s := range senders {
		for _, ch := range s.Channels() {
			if _, dup := r.senders[ch]; dup {
				panic("bot: channel registered twice: " + ch)
			}
			r.senders[ch] = s
		}
	}
}

// Sender returns the sender for channel, or nil when the channel is off.
func (r *Registry) Sender(channel string) Sender { return r.senders[channel] }

// RetryAfterError says the provider asked us to wait before trying again.
type RetryAfterError struct {
	After time.Duration
	Err   error
}

func (e *RetryAfterError) Error() string {
	return fmt.Sprintf("retry after %s: %v", e.After, e.Err)
}

func (e *RetryAfterError) Unwrap() error { return e.Err }

// Contact statuses a permanent failure can imply.
const (
	ContactUnreachable = "unreachable" // blocked the bot
	ContactOptedOut    = "opted_out"   // asked not to be messaged (STOP, Twilio 21610)
)

// PermanentError is a failure that retrying cannot fix.
type PermanentError struct {
	Code    string // provider's error code, recorded with the message
	Contact string // "" or a contact status to record
	Err     error
}

func (e *PermanentError) Error() string {
	return fmt.Sprintf("permanent failure %s: %v", e.Code, e.Err)
}

func (e *PermanentError) Unwrap() error { return e.Err }

// AsRetryAfter reports whether err (possibly wrapped) is a RetryAfterError.
func AsRetryAfter(err error) (*RetryAfterError, bool) {
	var e *RetryAfterError
	ok := errors.As(err, &e)
	return e, ok
}

// AsPermanent reports whether err (possibly wrapped) is a PermanentError.
func AsPermanent(err error) (*PermanentError, bool) {
	var e *PermanentError
	ok := errors.As(err, &e)
	return e, ok
}
