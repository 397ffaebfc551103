package flows_test

import "testing"

// A route given as the job's country is kept whole ("pehle Iran phir Turkey,
// wahan se Greece": the officer needs the way; 38 of 43 blind answers label
// it so), unless its last place is marked as the job's ("… Azerbaijan, kaam
// wahin hai") or the first was taken back ("pehle bola greece phir bola nai
// portugal", "first promised Canada, then … offered Saudi instead").
func TestRouteKeptWhole(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur-Latn", "pehle Iran phir Turkey, wahan se Greece ka bola tha", `{"answer":"country","countries":["IR","TR","GR"]}`},
		{"ur", "پہلے ایران پھر ترکی اور وہاں سے یونان", `{"answer":"country","countries":["IR","TR","GR"]}`},
		{"en", "to Greece through Iran and Turkey, by road, he called it the dunki route", `{"answer":"country","countries":["IR","TR","GR"]}`},
		{"ur-Latn", "pehle Dubai jana hai phir wahan se Azerbaijan, kaam wahin hai", `{"answer":"country","countries":["AZ"]}`},
		{"ur-Latn", "pehle bola greece phir bola nai portugal jana hai", `{"answer":"country","countries":["PT"]}`},
		{"en", "He first promised Canada, then said Canada is closed and offered Saudi instead", `{"answer":"country","countries":["SA"]}`},
	} {
		readsAsJSON(t, e, "report_country", c.lang, c.text, c.want)
	}
}
