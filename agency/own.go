package agency

import (
	"encoding/json"

	"github.com/hoshyar/hoshyar/casework"
)

// maskOwn masks, in what an agency reads of a reporter who did not agree
// to be contacted, the numbers their words give as their own or their
// family's (casework.MaskOwnNumbers: "mera number 0302… hai agar call
// karni ho"): in the summary, the report's words and the thread. How to
// reach a reporter is shown only with their consent; the rest stays as
// written, the case's evidence. Text read from an image stays as read: the
// image is shown beside it.
func maskOwn(d *Detail, answers json.RawMessage) {
	var a map[string]string
	_ = json.Unmarshal(answers, &a)
	mask := func(s string) string { return casework.MaskOwnNumbers(s, a["phones"]) }
	d.Summary = mask(d.Summary)
	for i := range d.Words {
		d.Words[i].Text = mask(d.Words[i].Text)
	}
	for i := range d.Thread {
		if d.Thread[i].From != "agency" {
			d.Thread[i].Text = mask(d.Thread[i].Text)
		}
	}
}
