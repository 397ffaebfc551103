package casework

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
)

// EventWithdrawn is pushed to every agency holding a report whose reporter
// withdrew their words (asked for their data to be deleted). The push says
// no more than any other: the referral's snapshot.
const EventWithdrawn = "referral.withdrawn"

// recruiterAnswers are the answers that are facts about the offer and the
// recruiter: who the recruiter is, their numbers, the country, the sums.
// They stay with the agencies when the reporter withdraws their words.
var recruiterAnswers = map[string]bool{"recruiter": true, "recruiter_also": true, "phones": true, "country": true, "money_asked": true, "paid_amount": true}

// codedAnswers stay only as the option the reporter chose (a code such as
// "facebook" or "passport_taken"), never as words they typed instead. The
// answers about the reporter themself (whether they are abroad, the place
// they are in, whether it is about them, how to reach them, their number,
// their consent) are in neither list and go: the help flow asks them of a
// person in danger, and they describe that person, not the recruiter.
var codedAnswers = map[string]bool{"seen": true, "paid": true, "paid_how": true, "documents": true, "situation": true}

// Withdraw takes a reporter's own words out of every report they made,
// keeping for the agencies only the facts about the offer and the
// recruiter: the case type, red flags, danger, dates, amounts, and the
// recruiter's numbers, links, licences and country. The summary (their
// account) goes, so do the answers about themself, the CNICs read from
// what they sent, and their own numbers wherever triage took them for a
// recruiter's (own: their address when it is a number; the numbers they
// gave on any report to be called on are added here). Each report is
// marked withdrawn, its referrals' free-text history (and the words of a
// transfer's or an assist's reason) redacted, and the quotes taken out of
// the early warnings it is behind. It returns a push per referral. The
// caller holds the contact's lock (store.LockContact) and erases the
// contact's transcripts in the same transaction.
func Withdraw(ctx context.Context, tx store.DBTX, contactID int64, own []string) ([]Push, error) {
	reports, err := store.ReportsMadeBy(ctx, tx, contactID)
	if err != nil {
		return nil, err
	}
	numbers := slices.Clone(own)
	for _, r := range reports {
		numbers = append(numbers, r.Answers["contact_number"])
	}
	mine := ownNumbers(numbers)
	var pushes []Push
	for _, r := range reports {
		entities, err := withdrawnEntities(r.Entities, mine)
		if err != nil {
			return nil, fmt.Errorf("casework: withdraw %d: %w", r.ID, err)
		}
		if err := store.WithdrawReport(ctx, tx, r.ID, withdrawnAnswers(r.Answers, mine), entities); err != nil {
			return nil, err
		}
		if err := store.DropKeys(ctx, tx, r.ID, "phone", mine); err != nil {
			return nil, err
		}
		if err := store.RedactEvents(ctx, tx, r.ID); err != nil {
			return nil, err
		}
		if err := store.RedactAlertQuotes(ctx, tx, r.ID); err != nil {
			return nil, err
		}
		refs, err := store.ReferralsOf(ctx, tx, r.ID)
		if err != nil {
			return nil, err
		}
		for _, f := range refs {
			if short, ok := officersReason(f.Reason); ok {
				if err := store.SetReferralReason(ctx, tx, f.ID, short); err != nil {
					return nil, err
				}
			}
			pushes = append(pushes, Push{Agency: f.Agency, ReferralID: f.ID, Event: EventWithdrawn})
		}
	}
	return pushes, nil
}

// ownNumbers are the reporter's numbers in E.164, as triage writes a
// recruiter's: own, and the numbers they gave on any report to be called on.
func ownNumbers(own []string) []string {
	var out []string
	for _, t := range own {
		for _, p := range triage.Extract(t).Phones {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// withdrawnAnswers keeps of a report's answers the facts about the offer
// and the recruiter.
func withdrawnAnswers(answers map[string]string, own []string) map[string]string {
	out := map[string]string{}
	for k, v := range answers {
		switch {
		case k == "phones":
			if v = strings.Join(withoutOwn(triage.Extract(v).Phones, own), ", "); v != "" {
				out[k] = v
			}
		case recruiterAnswers[k]:
			out[k] = v
		case codedAnswers[k] && isCode(v):
			out[k] = v
		}
	}
	return out
}

// isCode reports whether an answer is an option's value rather than words.
func isCode(v string) bool {
	if v == "" {
		return false
	}
	for _, c := range v {
		if (c < 'a' || c > 'z') && c != '_' {
			return false
		}
	}
	return true
}

// withdrawnEntities drops the reporter's own numbers and every CNIC (a
// CNIC a reporter sends is almost always theirs or their family's) from a
// report's entities, both those read from everything and those read from
// images.
func withdrawnEntities(raw json.RawMessage, own []string) (Entities, error) {
	var e Entities
	if len(raw) > 0 && string(raw) != "null" {
		if err := json.Unmarshal(raw, &e); err != nil {
			return Entities{}, err
		}
	}
	strip := func(t *triage.Entities) {
		t.Phones = withoutOwn(t.Phones, own)
		t.CNICs = []string{}
	}
	strip(&e.Entities)
	if e.FromImage != nil {
		strip(e.FromImage)
	}
	return e, nil
}

func withoutOwn(phones, own []string) []string {
	out := []string{}
	for _, p := range phones {
		if !slices.Contains(own, p) {
			out = append(out, p)
		}
	}
	return out
}

// officersReason shortens a referral's reason that carries an officer's
// words ("Transferred by FIA: …", "Asked by FIA to assist: …", written by
// package agency) to who did it; ok is false for the charge matrix's own.
func officersReason(reason string) (string, bool) {
	if !strings.HasPrefix(reason, "Transferred by ") && !strings.HasPrefix(reason, "Asked by ") {
		return "", false
	}
	who, _, found := strings.Cut(reason, ": ")
	if !found {
		return "", false
	}
	return who, true
}
