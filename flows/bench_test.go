package flows

import (
	"strings"
	"testing"

	"github.com/hoshyar/hoshyar/lang"
)

// BenchmarkStep measures one conversation step: normalising, detecting the
// language and rendering a menu in Urdu.
func BenchmarkStep(b *testing.B) {
	e := engine()
	s := State{Locale: "ur", Node: NodeMenu, Options: menuValues(), LastAt: t0}
	b.ReportAllocs()
	for b.Loop() {
		e.Step(s, Input{Text: "السلام علیکم، مجھے بیرون ملک نوکری کے بارے میں پوچھنا ہے"}, t0)
	}
}

// BenchmarkDetectLongPaste measures language detection on a 4,000-character
// pasted advert, the longest text a person is expected to send.
func BenchmarkDetectLongPaste(b *testing.B) {
	paste := strings.Repeat("Dubai security guard jobs, salary 3500 dirham, visa fee Rs 400,000 advance, contact 0300-1234567 ", 40)
	b.ReportAllocs()
	for b.Loop() {
		lang.Detect(paste)
	}
}
