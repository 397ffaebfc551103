package casework

import (
	"context"
	"net/url"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// Early warnings are checked when a report is routed, in its transaction:
// the moment a phone number, link or wallet reaches the threshold is the
// moment a report naming it arrives, so nothing needs to scan for it, and
// a request exists as soon as the report that called for it.

// warningFor is the request a key calls for, and the agency it goes to.
func warningFor(k store.Key) (kind, agency string, ok bool) {
	switch k.Kind {
	case store.KeyPhone:
		return store.AlertBlockNumber, routing.PTA, true
	case store.KeyURL:
		if platform(k.Value) {
			return "", "", false
		}
		return store.AlertTakedownLink, routing.PKCERT, true
	case store.KeyWallet:
		return store.AlertFreezeWallet, routing.NCCIA, true
	}
	return "", "", false
}

// platforms are sites whose bare address names no one: a request to take
// facebook.com down is not one to draft.
var platforms = map[string]bool{
	"facebook.com": true, "fb.com": true, "m.facebook.com": true, "instagram.com": true, "tiktok.com": true,
	"youtube.com": true, "wa.me": true, "whatsapp.com": true, "t.me": true,
	"telegram.org": true, "twitter.com": true, "x.com": true, "linkedin.com": true, "google.com": true,
	"forms.gle": true, "olx.com.pk": true, "rozee.pk": true,
}

// platform reports a link that is only a big platform's address, with no
// page of its own.
func platform(link string) bool {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		u, err = url.Parse("https://" + link)
		if err != nil {
			return false
		}
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	return platforms[host] && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// warnings drafts (or adds to) a request for each key named by enough
// reports within the window, unless one was approved, or rejected within
// the window.
func (s *Service) warnings(ctx context.Context, tx store.DBTX, keys []store.Key) error {
	since := s.now().Add(-time.Duration(s.warn.Days) * 24 * time.Hour)
	for _, k := range keys {
		kind, agency, ok := warningFor(k)
		if !ok {
			continue
		}
		ids, err := store.RecentReportsNaming(ctx, tx, k, since)
		if err != nil {
			return err
		}
		if len(ids) < s.warn.Reports {
			continue
		}
		settled, err := store.AlertSettled(ctx, tx, kind, k, since)
		if err != nil {
			return err
		}
		if settled {
			continue
		}
		if _, _, err := store.DraftAlert(ctx, tx, kind, agency, k, s.warn.Days, ids); err != nil {
			return err
		}
	}
	return nil
}
