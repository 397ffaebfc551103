// Package oep reads the registry of licensed Overseas Employment Promoters
// (OEPs, the recruiters licensed by the Bureau of Emigration & Overseas
// Employment) from its CSV format; see README.md. It also normalises licence
// numbers, so that a number typed in a chat matches one in the registry.
package oep

import "time"

// Licence statuses in the registry.
const (
	StatusActive    = "active"
	StatusSuspended = "suspended"
	StatusCancelled = "cancelled"
	StatusExpired   = "expired"
)

var statuses = []string{StatusActive, StatusSuspended, StatusCancelled, StatusExpired}

// Promoter is one licensed Overseas Employment Promoter.
type Promoter struct {
	Licence    string // normalised, e.g. 3456/RWP
	Name       string
	City       string
	Address    string
	Phone      string
	Status     string     // StatusActive, StatusSuspended, StatusCancelled or StatusExpired
	ValidUntil *time.Time // midnight UTC of the last valid day; nil when the registry gives none
}

// Licensed reports whether the promoter may recruit on the given day: its
// status is active and its licence has not run out.
func (p Promoter) Licensed(day time.Time) bool {
	if p.Status != StatusActive {
		return false
	}
	if p.ValidUntil == nil {
		return true
	}
	y, m, d := day.Date()
	return !time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(*p.ValidUntil)
}
