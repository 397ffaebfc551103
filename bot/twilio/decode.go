package twilio

import (
	"math"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/bot"
)

// maxMedia bounds NumMedia: Twilio sends at most 10 attachments.
const maxMedia = 10

// SMS opt-out and opt-in keywords, as Twilio recognises them. "YES" is
// also how people answer the bot's yes/no questions: it opts in only a
// person who had opted out (ControlYes), and is an answer otherwise.
var controlWords = map[string]string{
	"STOP": bot.ControlStop, "STOPALL": bot.ControlStop, "UNSUBSCRIBE": bot.ControlStop,
	"CANCEL": bot.ControlStop, "END": bot.ControlStop, "QUIT": bot.ControlStop,
	"START": bot.ControlStart, "UNSTOP": bot.ControlStart, "YES": bot.ControlYes,
}

// Decode implements bot.Webhook for POST /webhooks/twilio: one incoming
// WhatsApp message or SMS per request.
func (c *Channel) Decode(r *http.Request, body []byte) ([]bot.Inbound, error) {
	form, err := c.verify(r, body)
	if err != nil {
		return nil, err
	}
	sid, from := form.Get("MessageSid"), form.Get("From")
	if sid == "" {
		return nil, &bot.RequestError{Status: http.StatusBadRequest, Reason: "missing MessageSid"}
	}
	if from == "" {
		return nil, &bot.RequestError{Status: http.StatusBadRequest, Reason: "missing From"}
	}
	in := bot.Inbound{
		Channel:    channelOf(from),
		ProviderID: sid,
		Address:    from,
		Name:       form.Get("ProfileName"),
		Text:       form.Get("Body"),
	}
	if payload := form.Get("ButtonPayload"); payload != "" {
		in.Choice = payload
		if text := form.Get("ButtonText"); text != "" {
			in.Text = text
		}
	}
	in.Media = media(form, in.Channel)
	if in.Channel == bot.SMS {
		in.Text = decodeBody(in.Text)
		in.Control = control(form)
	}
	return []bot.Inbound{in}, nil
}

// control reads an SMS opt-out or opt-in: the keyword as the whole message,
// or Twilio's own verdict (OptOutType, sent when Advanced Opt-Out is on).
func control(form url.Values) string {
	switch strings.ToUpper(form.Get("OptOutType")) {
	case "STOP":
		return bot.ControlStop
	case "START":
		if strings.EqualFold(strings.TrimSpace(form.Get("Body")), "yes") {
			return bot.ControlYes // Twilio reads every YES as opt-in; we look at who sent it
		}
		return bot.ControlStart
	}
	return controlWords[strings.ToUpper(strings.TrimSpace(form.Get("Body")))]
}

// media lists the attachments by reference (FetchMedia downloads them
// later) and a shared location.
func media(form url.Values, channel string) []bot.Media {
	var out []bot.Media
	n, _ := strconv.Atoi(form.Get("NumMedia"))
	for i := range min(max(n, 0), maxMedia) {
		ref := form.Get("MediaUrl" + strconv.Itoa(i))
		if ref == "" {
			continue
		}
		ct := form.Get("MediaContentType" + strconv.Itoa(i))
		out = append(out, bot.Media{Kind: mediaKind(ct, channel), ContentType: ct, ProviderRef: ref})
	}
	lat, okLat := coordinate(form.Get("Latitude"), 90)
	lon, okLon := coordinate(form.Get("Longitude"), 180)
	if okLat && okLon {
		out = append(out, bot.Media{Kind: "location", Latitude: &lat, Longitude: &lon})
	}
	return out
}

func coordinate(s string, limit float64) (float64, bool) {
	if s == "" {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(f) || math.Abs(f) > limit {
		return 0, false
	}
	return f, true
}

// mediaKind maps a content type to bot.Media's kinds. A WhatsApp voice
// note arrives as audio/ogg (Opus), a sticker as image/webp (WhatsApp
// sends photos as JPEG), a shared contact as a vCard.
func mediaKind(contentType, channel string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(contentType))
	}
	major, _, _ := strings.Cut(mt, "/")
	switch {
	case mt == "text/vcard" || mt == "text/x-vcard":
		return bot.KindContact
	case mt == "image/webp" && channel == bot.WhatsApp:
		return bot.KindSticker
	}
	switch major {
	case "image":
		return "image"
	case "video":
		return "video"
	case "audio":
		if channel == bot.WhatsApp && mt == "audio/ogg" {
			return "voice"
		}
		return "audio"
	}
	return "document"
}
