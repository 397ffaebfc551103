package telegram

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/bot"
)

// SecretHeader carries the webhook's secret_token on every delivery.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// Decode implements bot.Webhook: it checks the secret header in constant
// time and decodes one update. A wrong or missing secret is a 401; an
// update that cannot be read, or has no update_id, a 400.
func (c *Channel) Decode(r *http.Request, body []byte) ([]bot.Inbound, error) {
	got := r.Header.Get(SecretHeader)
	if c.secret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(c.secret)) != 1 {
		return nil, &bot.RequestError{Status: http.StatusUnauthorized, Reason: "bad secret"}
	}
	return decodeUpdate(body)
}

// Acknowledge implements bot.Webhook: Telegram wants a 2xx, nothing more.
func (c *Channel) Acknowledge(w http.ResponseWriter) { w.WriteHeader(http.StatusOK) }

// The wire format, reduced to what is read here. Decoding only these
// fields keeps an update readable whatever Telegram adds to it.
type update struct {
	UpdateID          json.RawMessage `json:"update_id"` // read by updateID
	Message           *message        `json:"message"`
	EditedMessage     *message        `json:"edited_message"`
	ChannelPost       *message        `json:"channel_post"`        // never stored
	EditedChannelPost *message        `json:"edited_channel_post"` // never stored
	CallbackQuery     *callbackQuery  `json:"callback_query"`
	// my_chat_member (blocked, added to a group) and the rest: nothing to store.
}

type user struct {
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
}

type chat struct {
	ID    int64  `json:"id"`
	Type  string `json:"type"` // private, group, supergroup, channel
	Title string `json:"title"`
}

// group reports whether the chat is not a private one with the bot.
func (ch chat) group() bool {
	if ch.Type == "" {
		return ch.ID < 0 // groups and channels have negative ids
	}
	return ch.Type != "private"
}

type fileRef struct {
	FileID     string `json:"file_id"`
	MimeType   string `json:"mime_type"`
	FileSize   int64  `json:"file_size"`
	Width      int64  `json:"width"`
	Height     int64  `json:"height"`
	IsAnimated bool   `json:"is_animated"`
	IsVideo    bool   `json:"is_video"`
	Duration   int    `json:"duration"` // seconds: voice, audio, video
}

type message struct {
	MessageID  int64     `json:"message_id"`
	Date       int64     `json:"date"`
	EditDate   int64     `json:"edit_date"`
	From       *user     `json:"from"`
	SenderChat *chat     `json:"sender_chat"`
	Chat       chat      `json:"chat"`
	Text       string    `json:"text"`
	Caption    string    `json:"caption"`
	Photo      []fileRef `json:"photo"`
	Animation  *fileRef  `json:"animation"`
	Document   *fileRef  `json:"document"`
	Voice      *fileRef  `json:"voice"`
	Audio      *fileRef  `json:"audio"`
	Video      *fileRef  `json:"video"`
	VideoNote  *fileRef  `json:"video_note"`
	Sticker    *fileRef  `json:"sticker"`
	Location   *struct {
		Latitude  float64 `json:"latitude"`
		Longitude float64 `json:"longitude"`
	} `json:"location"`
	Venue *struct {
		Title   string `json:"title"`
		Address string `json:"address"`
	} `json:"venue"`
	Contact *struct {
		PhoneNumber string `json:"phone_number"`
		FirstName   string `json:"first_name"`
		LastName    string `json:"last_name"`
	} `json:"contact"`

	// Service messages: a chat event, not something a person wrote.
	NewChatMembers        json.RawMessage `json:"new_chat_members"`
	LeftChatMember        json.RawMessage `json:"left_chat_member"`
	NewChatTitle          json.RawMessage `json:"new_chat_title"`
	NewChatPhoto          json.RawMessage `json:"new_chat_photo"`
	DeleteChatPhoto       json.RawMessage `json:"delete_chat_photo"`
	GroupChatCreated      json.RawMessage `json:"group_chat_created"`
	SupergroupChatCreated json.RawMessage `json:"supergroup_chat_created"`
	ChannelChatCreated    json.RawMessage `json:"channel_chat_created"`
	MigrateToChatID       json.RawMessage `json:"migrate_to_chat_id"`
	MigrateFromChatID     json.RawMessage `json:"migrate_from_chat_id"`
	PinnedMessage         json.RawMessage `json:"pinned_message"`
	AutoDeleteTimer       json.RawMessage `json:"message_auto_delete_timer_changed"`
	WriteAccessAllowed    json.RawMessage `json:"write_access_allowed"`
}

func (m *message) service() bool {
	for _, f := range []json.RawMessage{m.NewChatMembers, m.LeftChatMember, m.NewChatTitle,
		m.NewChatPhoto, m.DeleteChatPhoto, m.GroupChatCreated, m.SupergroupChatCreated,
		m.ChannelChatCreated, m.MigrateToChatID, m.MigrateFromChatID, m.PinnedMessage,
		m.AutoDeleteTimer, m.WriteAccessAllowed} {
		if f != nil {
			return true
		}
	}
	return false
}

type callbackQuery struct {
	ID      string    `json:"id"`
	From    user      `json:"from"`
	Data    string    `json:"data"`
	Message *struct { // absent for a button on an inline-mode message
		MessageID int64 `json:"message_id"`
		Chat      chat  `json:"chat"`
	} `json:"message"`
}

// decodeUpdate turns one update into inbound messages (none for an update
// with nothing to store). Webhook and poll share it. An update without a
// numeric update_id is refused: stored under a wrong id it would be taken
// for a duplicate of another, or another for a duplicate of it.
func decodeUpdate(body []byte) ([]bot.Inbound, error) {
	var u update
	if err := json.Unmarshal(body, &u); err != nil {
		// A field of an unexpected type spoils only that field: keep the
		// rest rather than lose a person's message.
		var typeErr *json.UnmarshalTypeError
		if !errors.As(err, &typeErr) || u.UpdateID == nil {
			return nil, &bot.RequestError{Status: http.StatusBadRequest, Reason: "bad update"}
		}
	}
	updateID, err := readUpdateID(u.UpdateID)
	if err != nil {
		return nil, err
	}
	var in bot.Inbound
	var ok bool
	switch {
	case u.Message != nil:
		in, ok = decodeMessage(messageKey(updateID, u.Message), u.Message, false)
	case u.EditedMessage != nil:
		in, ok = decodeMessage(messageKey(updateID, u.EditedMessage), u.EditedMessage, true)
	case u.ChannelPost != nil, u.EditedChannelPost != nil:
		// A channel is public: nothing posted there is stored or answered
		// (they are not asked for either: see allowedUpdates).
		return nil, nil
	case u.CallbackQuery != nil:
		in, ok = decodeCallback(updateID+":"+u.CallbackQuery.ID, u.CallbackQuery)
	}
	if !ok {
		return nil, nil
	}
	return []bot.Inbound{in}, nil
}

// readUpdateID reads update_id: a non-negative JSON integer, as Telegram
// sends it. Missing, a string, a fraction: 400.
func readUpdateID(raw json.RawMessage) (string, error) {
	if raw == nil || string(raw) == "null" {
		return "", &bot.RequestError{Status: http.StatusBadRequest, Reason: "no update_id"}
	}
	s := string(raw)
	if _, err := strconv.ParseUint(s, 10, 63); err != nil {
		return "", &bot.RequestError{Status: http.StatusBadRequest, Reason: "update_id is not an integer"}
	}
	return s, nil
}

// messageKey is the dedupe key of a message update: its update_id scoped by
// the message's date (the edit's, for an edit). Telegram numbers updates
// in sequence but may start again from a random number after a week
// without updates; a new update that reuses an old number is not from the
// same moment, so it is not taken for a redelivery of the old one.
func messageKey(updateID string, m *message) string {
	date := m.Date
	if m.EditDate != 0 {
		date = m.EditDate
	}
	return updateID + ":" + strconv.FormatInt(date, 10)
}

func decodeMessage(id string, m *message, edited bool) (bot.Inbound, bool) {
	if m.Chat.group() {
		return groupMessage(id, m, edited)
	}
	in := bot.Inbound{
		Channel: bot.Telegram, ProviderID: id, Address: strconv.FormatInt(m.Chat.ID, 10),
		Name: senderName(m), Group: m.Chat.group(), Edited: edited,
		Text: m.Text,
	}
	if in.Text == "" {
		in.Text = m.Caption
	}
	if payload, ok := startCommand(in.Text); ok {
		in.Text, in.Source = "/start", payload
	}
	if media, ok := attachment(m); ok {
		in.Media = append(in.Media, media)
	}
	if l := m.Location; l != nil {
		lat, lon := l.Latitude, l.Longitude
		in.Media = append(in.Media, bot.Media{Kind: "location", Latitude: &lat, Longitude: &lon})
		if v := m.Venue; v != nil && in.Text == "" {
			in.Text = joinNonEmpty(", ", v.Title, v.Address)
		}
	}
	if ct := m.Contact; ct != nil {
		// The number and name are read already: kept as the contact's text,
		// not as words the person wrote.
		in.Media = append(in.Media, bot.Media{Kind: bot.KindContact,
			Text: bot.ContactText([]string{ct.PhoneNumber}, joinNonEmpty(" ", ct.FirstName, ct.LastName))})
	}
	if in.Text == "" && len(in.Media) == 0 && m.service() {
		return bot.Inbound{}, false
	}
	// Anything else (a poll, a dice, a kind Telegram adds later) stays an
	// empty message, which the flow answers.
	return in, true
}

// groupMessage keeps, from a group, only a /start: the engine answers it
// with one pointer to a private chat. Nothing else said in a group is
// stored or answered (people must not report in front of others, and the
// bot must not speak to a room), nor any edit, nor the sender's name; a
// channel's messages are dropped whole.
func groupMessage(id string, m *message, edited bool) (bot.Inbound, bool) {
	if edited || m.Chat.Type == "channel" {
		return bot.Inbound{}, false
	}
	if _, ok := startCommand(m.Text); !ok {
		return bot.Inbound{}, false
	}
	return bot.Inbound{Channel: bot.Telegram, ProviderID: id, Address: strconv.FormatInt(m.Chat.ID, 10),
		Group: true, Text: "/start"}, true
}

// attachment returns the file a message carries, by reference: the bytes
// are fetched later through FetchMedia.
func attachment(m *message) (bot.Media, bool) {
	ref := func(kind string, f *fileRef, defaultType string) (bot.Media, bool) {
		ct := f.MimeType
		if ct == "" {
			ct = defaultType
		}
		return bot.Media{Kind: kind, ContentType: ct, ProviderRef: f.FileID, Duration: max(f.Duration, 0)}, f.FileID != ""
	}
	switch {
	case len(m.Photo) > 0:
		return ref("image", largest(m.Photo), "image/jpeg")
	case m.Animation != nil: // a GIF, sent as an MP4; it also fills document
		return ref("video", m.Animation, "video/mp4")
	case m.Document != nil:
		return ref("document", m.Document, "application/octet-stream")
	case m.Voice != nil:
		return ref("voice", m.Voice, "audio/ogg")
	case m.Audio != nil:
		return ref("audio", m.Audio, "audio/mpeg")
	case m.Video != nil:
		return ref("video", m.Video, "video/mp4")
	case m.VideoNote != nil:
		return ref("video", m.VideoNote, "video/mp4")
	case m.Sticker != nil:
		st := m.Sticker
		ct := "image/webp"
		switch {
		case st.IsAnimated:
			ct = "application/x-tgsticker"
		case st.IsVideo:
			ct = "video/webm"
		}
		return bot.Media{Kind: "sticker", ContentType: ct, ProviderRef: st.FileID}, st.FileID != ""
	}
	return bot.Media{}, false
}

// largest picks the biggest of a photo's sizes (Telegram lists them
// smallest first, but that is not promised).
func largest(sizes []fileRef) *fileRef {
	best := &sizes[0]
	for i := range sizes[1:] {
		s := &sizes[i+1]
		if a, b := s.Width*s.Height, best.Width*best.Height; a > b || (a == b && s.FileSize > best.FileSize) {
			best = s
		}
	}
	return best
}

func decodeCallback(id string, q *callbackQuery) (bot.Inbound, bool) {
	if q.Message == nil || q.Data == "" {
		return bot.Inbound{}, false // inline mode or a game: not ours
	}
	if q.Message.Chat.group() {
		return bot.Inbound{}, false // the bot shows no buttons in groups
	}
	chatID := strconv.FormatInt(q.Message.Chat.ID, 10)
	return bot.Inbound{
		Channel: bot.Telegram, ProviderID: id, Address: chatID,
		Name: joinNonEmpty(" ", q.From.FirstName, q.From.LastName), Group: q.Message.Chat.group(),
		Choice: q.Data,
		Ref: map[string]string{
			"callback_query_id": q.ID,
			"chat_id":           chatID,
			"message_id":        strconv.FormatInt(q.Message.MessageID, 10),
		},
	}, true
}

func senderName(m *message) string {
	switch {
	case m.From != nil:
		return joinNonEmpty(" ", m.From.FirstName, m.From.LastName)
	case m.SenderChat != nil:
		return m.SenderChat.Title
	}
	return m.Chat.Title
}

// deepLink is what Telegram allows in a t.me/<bot>?start= payload.
var deepLink = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// startCommand reports whether text is /start (also /start@bot_name) and
// returns its deep-link payload. A payload that no link could carry is
// not taken as one, and the text is kept whole.
func startCommand(text string) (payload string, ok bool) {
	head, rest, _ := strings.Cut(strings.TrimSpace(text), " ")
	if head != "/start" && !strings.HasPrefix(head, "/start@") {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return "", true
	}
	if !deepLink.MatchString(rest) {
		return "", false
	}
	return rest, true
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
