// Package triage turns what a person wrote to Hoshyar (a pasted advert, a
// plea for help, answers to the bot's questions, in Urdu script, Roman Urdu
// or English, often mixed) into facts and an assessment that agency staff
// can act on. It is pure: no I/O, no clock, and no state that changes after
// the package is initialised, so every function is safe to call from many
// goroutines at once.
//
// # The three calls
//
//   - Emergency(text) runs first, on every message, before any question: it
//     says whether the text alone shows immediate danger (violence, sexual
//     abuse, threat to life, locked in, at sea or at a border, kidnapping or
//     ransom, a child, a medical emergency, a cry for rescue) and why. It
//     only tokenizes and matches the situation phrases, a few microseconds
//     for a chat message.
//   - Extract(text) finds the entities: phone numbers (E.164, through
//     nyaruka/phonenumbers, Pakistan by default), links and handles, amounts
//     with their currency, countries, OEP licence numbers, payment channels
//     and CNICs (masked; MaskCNIC masks them in text).
//   - Assess(text, entities) gives the case type (DESIGN.md codes), the
//     urgency with the reasons, the job-offer red flags with a sentence for
//     staff quoting what was seen, and whether the person is abroad and was
//     recruited online. The rules are documented on Assess and in flags.go.
//
// # How text is read
//
// Text is normalised before anything is matched (normalize.go): zero-width
// and bidi marks dropped, Arabic letter variants folded to Urdu (ي→ی, ك→ک,
// ه→ہ), Urdu and Arabic-Indic digits to ASCII, lower case, harakat dropped,
// ھ and ہ treated alike, Pashto letters mapped to their Urdu neighbours, and
// letters stretched three or more times squeezed ("bachaaaooo" is
// "bachao"). Offsets back to the original are kept, so an Amount's Text and
// a flag's quotation are always what the person wrote.
//
// Words are matched whole, never inside other words ("band" is not found in
// "bandwidth"). A phrase does not run across a sentence or clause break. A
// negation just before a phrase, just after it, or skipped inside it
// cancels it for the situations and the cues that allow it ("not locked",
// "band nahi kiya", "kisi ne nahi maara", "paise nahi diye").
//
// # The data file
//
// What to look for is data, not code: lexicon.json, embedded. It holds
//
//   - classes: word lists a phrase refers to with @name (@mein is mein,
//     main, me, میں…; @money is paise, fees, lakh, Rs, and # for a number
//     inside an amount),
//   - countries: ISO code → English, Roman Urdu and Urdu names and main
//     cities (no PK),
//   - currencies, currency symbols, multipliers (lakh, hazar, crore, k, m),
//     Urdu number words and fractions (ڈیڑھ, ساڑھے), range words, words that
//     count people rather than money,
//   - payments: channel → phrases, with exceptions,
//   - situations: code, level (emergency or urgent), the reason staff see,
//     phrases and exceptions ("number band" is not "band"),
//   - cues: named phrase lists the rules read (paid, fee, verify, smuggling,
//     guarantee, …), with exceptions and which of them negation cancels,
//   - link TLDs, free e-mail domains, official domains and the words a
//     phishing host borrows, licence keywords and Protectorate city codes,
//     monthly salary limits per currency and the legal service charge.
//
// A phrase is words separated by spaces; a|b|c is one word with
// alternatives; word* is any word starting with word; @name is a class; #
// is a number inside an amount; ~ skips up to three words. Phrases go
// through the same normalisation as text, so they are written the way
// people write. The file is checked when the package loads: an unknown
// class, an alternative of two words or a missing cue is a build defect
// that the tests catch.
//
// Matching is one pass: every phrase is compiled into a trie indexed by
// word number, so a 4,000-character advert is extracted and assessed in
// about a millisecond (BenchmarkExtractAndAssess).
//
// # Limits
//
// This is a lexicon with rules, not a language model. It reads what is
// said, not what is meant: sarcasm, reported speech and past danger ("they
// beat me last year, now I am safe") are not understood, and new spellings
// need new entries in lexicon.json. Staff see the reasons and make the
// decision.
package triage
