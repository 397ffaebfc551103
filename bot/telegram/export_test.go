package telegram

import "time"

// SetPacing replaces the send pacing (1s a chat, 1/30s the bot); 0 turns it off.
func SetPacing(c *Channel, perChat, perBot time.Duration) {
	c.pace = newPacer(perChat, perBot)
}

// SetPollTiming replaces Poll's error backoff and getUpdates timeout.
func SetPollTiming(c *Channel, backoffMin, backoffMax, pollWait time.Duration) {
	c.backoffMin, c.backoffMax, c.pollWait = backoffMin, backoffMax, pollWait
}
