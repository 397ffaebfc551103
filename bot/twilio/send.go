package twilio

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/hoshyar/hoshyar/bot"
)

// Codes of failures found before calling Twilio.
const (
	CodeChannelOff = "channel_off" // no From number for the reply's channel
	CodeNoAddress  = "no_address"
	CodeEmpty      = "empty_body"
)

// Split implements bot.Splitter: the text with its numbered options, cut
// so that each message fits (five SMS segments, 1,600 characters), the
// options all in the last.
func (c *Channel) Split(out bot.Outbound) []bot.Part {
	if out.Template {
		return nil
	}
	bodies := compose(out.Channel, out.Text, out.Buttons)
	if len(bodies) < 2 {
		return nil
	}
	parts := make([]bot.Part, len(bodies))
	for i, body := range bodies {
		parts[i].Text = body
	}
	return parts
}

// Send implements bot.Sender and returns the message's sid. A part of a
// split reply (out.Part > 0) is sent as it is. A whole reply too long for
// one message still goes as several, in order, the last one's sid
// returned; when one fails, retrying it sends the earlier ones again,
// which is why package jobs splits first. A WhatsApp reply, or first part,
// that Twilio refuses with 63016 (outside the 24-hour window) is replaced
// by the configured template.
func (c *Channel) Send(ctx context.Context, out bot.Outbound) (string, error) {
	from, to, err := c.route(out)
	if err != nil {
		return "", err
	}
	if out.Template {
		if out.Channel != bot.WhatsApp || c.templateSID == "" {
			return "", &bot.PermanentError{Code: "no_template", Err: errors.New("twilio: no template for this channel")}
		}
		return c.sendTemplate(ctx, from, to, nil)
	}
	bodies := []string{strings.TrimSpace(out.Text)}
	if out.Part == 0 {
		bodies = compose(out.Channel, out.Text, out.Buttons)
	}
	if len(bodies) == 1 && bodies[0] == "" {
		return "", &bot.PermanentError{Code: CodeEmpty, Err: errors.New("twilio: empty reply")}
	}
	var sid string
	for i, body := range bodies {
		params := &openapi.CreateMessageParams{}
		params.SetTo(to).SetFrom(from).SetBody(body).SetStatusCallback(c.statusCallback)
		sid, err = c.create(ctx, params)
		if err == nil {
			continue
		}
		var ae *apiError
		if i == 0 && out.Part <= 1 && out.Channel == bot.WhatsApp && errors.As(err, &ae) && ae.Code == codeOutsideWindow {
			return c.sendTemplate(ctx, from, to, err)
		}
		if len(bodies) > 1 {
			err = fmt.Errorf("twilio: part %d of %d: %w", i+1, len(bodies), err)
		}
		return "", classify(err)
	}
	return sid, nil
}

// route picks the sender and recipient for out's channel.
func (c *Channel) route(out bot.Outbound) (from, to string, err error) {
	switch out.Channel {
	case bot.WhatsApp:
		from, to = c.whatsAppFrom, out.Address
		if to != "" && !strings.HasPrefix(to, whatsAppPrefix) {
			to = whatsAppPrefix + to
		}
	case bot.SMS:
		from, to = c.smsFrom, out.Address
	}
	switch {
	case from == "":
		return "", "", &bot.PermanentError{Code: CodeChannelOff, Err: fmt.Errorf("twilio: channel %q is off", out.Channel)}
	case to == "":
		return "", "", &bot.PermanentError{Code: CodeNoAddress, Err: errors.New("twilio: reply without an address")}
	}
	return from, to, nil
}

// sendTemplate answers 63016: WhatsApp allows free-form replies only within
// 24 hours of the person's last message; past that only an approved
// template may be sent, inviting them to write again.
func (c *Channel) sendTemplate(ctx context.Context, from, to string, cause error) (string, error) {
	if c.templateSID == "" {
		return "", &bot.PermanentError{Code: strconv.Itoa(codeOutsideWindow), Err: cause}
	}
	params := &openapi.CreateMessageParams{}
	params.SetTo(to).SetFrom(from).SetContentSid(c.templateSID).SetStatusCallback(c.statusCallback)
	sid, err := c.create(ctx, params)
	if err != nil {
		return "", classify(fmt.Errorf("twilio: template after 63016: %w", err))
	}
	c.log.Info("twilio_template_sent", "channel", bot.WhatsApp, "code", codeOutsideWindow)
	return sid, nil
}
