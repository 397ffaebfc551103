package lang

import (
	"encoding/json"
	"fmt"
	"unicode"
)

// Languages, as BCP 47 tags (the locales package uses the same).
const (
	Urdu      = "ur"      // Urdu in Urdu (Perso-Arabic) script
	RomanUrdu = "ur-Latn" // Urdu in Latin letters
	English   = "en"
)

// Guess is what one text says about its language: the language its words
// bear out most, and how many of them do. A text of digits, emoji or a
// lone "ok" says nothing (Lang "").
type Guess struct {
	Lang     string `json:"lang"`
	Evidence int    `json:"evidence"` // words that bear Lang out
	// Counts of words by what they show: Urdu script, Roman Urdu, English,
	// and Urdu greetings ("salam") that say Urdu but not the script.
	Script, Roman, English, Greeting int `json:"-"`
}

type detectFile struct {
	Detect struct {
		Roman     []string `json:"roman_urdu"`
		English   []string `json:"english"`
		Greetings []string `json:"urdu_greetings"`
	} `json:"detect"`
}

// detector holds the word lists of words.json's "detect".
type detector struct {
	roman, english, greetings map[string]bool
}

func (l *Lexicon) detector() (*detector, error) {
	var f detectFile
	if err := json.Unmarshal(l.sections["words"], &f); err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	d := &detector{roman: WordSet(f.Detect.Roman), english: WordSet(f.Detect.English), greetings: WordSet(f.Detect.Greetings)}
	for w := range d.roman {
		if d.english[w] {
			return nil, fmt.Errorf("detect: %q is listed as both Roman Urdu and English", w)
		}
	}
	return d, nil
}

var stdDetector = func() *detector {
	d, err := std.detector()
	if err != nil {
		panic(fmt.Sprintf("lang: embedded lexicon: %v", err))
	}
	return d
}()

// Detect tells the language of text:
//
//   - Urdu-script letters: Urdu, borne out by the Urdu-script words.
//   - Latin text with Roman Urdu words at least as many as English ones:
//     Roman Urdu; an Urdu greeting alone in Latin letters ("salam", "aoa"):
//     Roman Urdu, the script it was written in, with no evidence (it says
//     Urdu, not whether the person prefers Urdu script or Roman Urdu:
//     the next message that says more decides, see Tally.Add).
//   - Latin text with English words: English.
//
// Spelling variants count as the word they vary ("nhi" is "nahi").
//
// Two short words take their sense from their neighbours: "do" after a
// Roman Urdu word is Roman Urdu ("check kr do", "bata do"), and "no" before
// a number is the number's mark ("lic no 1234/LHR"), neither language.
func Detect(text string) Guess {
	var g Guess
	toks := Tokenize(text)
	prevRoman := false
	for i, t := range toks {
		w := t.S
		switch {
		case t.Digits:
			prevRoman = false
			continue
		case hasArabicLetter(w):
			g.Script++
			continue
		}
		c := std.Canon(w)
		roman := false
		switch {
		case stdDetector.greetings[w]:
			g.Greeting++
		case stdDetector.roman[w] || stdDetector.roman[c] || w == "do" && prevRoman:
			g.Roman++
			roman = true
		case w == "no" && i+1 < len(toks) && toks[i+1].Digits:
		case stdDetector.english[w]:
			g.English++
		}
		prevRoman = roman
	}
	switch {
	case g.Script > 0 && g.Script >= g.Roman+g.English:
		g.Lang, g.Evidence = Urdu, g.Script+g.Greeting
	case g.Roman > 0 && g.Roman >= g.English:
		g.Lang, g.Evidence = RomanUrdu, g.Roman+g.Greeting
	case g.Greeting > 0 && g.English == 0:
		g.Lang, g.Evidence = RomanUrdu, 0
	case g.English > 0:
		g.Lang, g.Evidence = English, g.English
	case g.Script > 0:
		g.Lang, g.Evidence = Urdu, g.Script
	}
	return g
}

// of is how many of g's words bear l out.
func (g Guess) of(l string) int {
	switch l {
	case Urdu:
		return g.Script
	case RomanUrdu:
		return g.Roman
	case English:
		return g.English
	}
	return 0
}

// HasUrduScript reports whether text has a letter of the Arabic script.
func HasUrduScript(text string) bool { return hasArabicLetter(text) }

func hasArabicLetter(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Tally is a conversation's running evidence of its language: each
// message adds the words that bear a language out, and older messages
// weigh less. It keeps the language steady: one English word, or one
// English answer, in a Roman Urdu conversation does not switch it.
type Tally map[string]float64

// tallyDecay is how much a message's evidence counts one message later.
const tallyDecay = 0.6

// Add counts one message and returns the language the conversation is in
// now: current, unless another language outweighs it clearly (half as much
// again and by more than two words' worth). With no current language, the
// message decides.
func (t Tally) Add(g Guess, current string) string {
	for l := range t {
		t[l] *= tallyDecay
		if t[l] < 0.05 {
			delete(t, l)
		}
	}
	if g.Lang != "" {
		t[g.Lang] += float64(g.Evidence)
	}
	if current == "" {
		return g.Lang
	}
	if t[current] == 0 && g.Lang == Urdu && g.Evidence > 0 {
		// nothing bore the current language out but a Latin greeting, which
		// says Urdu and leaves the script open: the first message in Urdu
		// script settles it ("salam", then "مدد"); "report" does not.
		return Urdu
	}
	if g.Lang != current && g.Evidence >= 3 && g.of(current) == 0 && t[current] < 2 {
		// Little bore the current language out ("agent check"), and this
		// message is clearly another with no word of it ("mere paas sirf
		// naam hai: …"): it is the language. An established one keeps its
		// guard below ("one English word in Roman Urdu does not switch").
		return g.Lang
	}
	best, bestScore := current, t[current]
	for l, s := range t {
		if l != current && s > bestScore {
			best, bestScore = l, s
		}
	}
	if best != current && bestScore > 1.5*t[current]+2 {
		return best
	}
	// A change of keyboard to Urdu script is a clear sign: two messages of
	// it are enough, even after a long run of Latin text.
	if current != Urdu && g.Lang == Urdu && t[Urdu] > 0.5*t[current]+2 {
		return Urdu
	}
	return current
}
