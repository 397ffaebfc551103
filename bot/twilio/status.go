package twilio

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/bot"
)

// DecodeStatus implements bot.StatusWebhook for POST
// /webhooks/twilio/status: Twilio's report on a message we sent (queued,
// sent, delivered, read, failed, undelivered…). The status is passed on as
// Twilio names it; the store keeps the ones it knows.
func (c *Channel) DecodeStatus(r *http.Request, body []byte) ([]bot.StatusUpdate, error) {
	form, err := c.verify(r, body)
	if err != nil {
		return nil, err
	}
	sid := form.Get("MessageSid")
	if sid == "" {
		return nil, &bot.RequestError{Status: http.StatusBadRequest, Reason: "missing MessageSid"}
	}
	status := form.Get("MessageStatus")
	if status == "" {
		status = form.Get("SmsStatus") // older callbacks
	}
	channel := bot.SMS
	if channelOf(form.Get("From")) == bot.WhatsApp || channelOf(form.Get("To")) == bot.WhatsApp {
		channel = bot.WhatsApp
	}
	u := bot.StatusUpdate{
		Channel:    channel,
		ProviderID: sid,
		Status:     strings.ToLower(strings.TrimSpace(status)),
		ErrorCode:  form.Get("ErrorCode"),
	}
	// WhatsApp usually accepts a reply past the 24-hour window and reports
	// 63016 later, here: send the approved template instead, if there is one.
	u.ResendAsTemplate = channel == bot.WhatsApp && c.templateSID != "" &&
		u.ErrorCode == strconv.Itoa(codeOutsideWindow) && (u.Status == "failed" || u.Status == "undelivered")
	// 21610: the recipient unsubscribed (replied STOP to this sender):
	// nothing more may be sent to them until they write START.
	if u.ErrorCode == strconv.Itoa(codeOptedOut) {
		u.Contact = bot.ContactOptedOut
	}
	return []bot.StatusUpdate{u}, nil
}
