// Package triage turns what a person wrote to Hoshyar (a pasted advert, a
// plea for help, answers to the bot's questions, in Urdu script, Roman Urdu
// or English, often mixed) into facts and an assessment that agency staff
// can act on. It is pure: no I/O, no clock, and no state that changes after
// the package is initialised, so every function is safe to call from many
// goroutines at once.
//
// # The calls
//
//   - Read(text) is what the conversation and the referrals use: the
//     entities and the assessment, rules and model together.
//   - Extract(text) finds the entities: phone numbers (E.164, through
//     nyaruka/phonenumbers, Pakistan by default; a foreign number written
//     with its "+" when its length is possible), links and handles, amounts
//     with their currency (lakh and hazar, Indian grouping, "1.5L", Urdu and
//     Roman Urdu number words), countries, OEP licence numbers, payment
//     channels and CNICs (masked; MaskCNIC masks them in text).
//   - Assess(text, entities) gives the case type (DESIGN.md codes), the
//     urgency with the reasons, the job-offer red flags with a sentence for
//     staff quoting what was seen, and whether the person is abroad and was
//     recruited online.
//   - Emergency(text) says whether the rules alone read immediate danger,
//     and why (tests and benchmarks use it; Read is what decides).
//
// # Rules and model
//
// The rules read what is precise: entities, explicit danger (situations:
// violence, locked in, at sea, ransom…), phishing links, payments, the red
// flags. Danger that is told indirectly is read through concepts the
// lexicon names in the three languages (held, sold, harmed, threatened, in
// peril, ill, kept from care, writing in secret, gone silent); some pairs
// of them are emergencies by rule ("held and threatened"). Context the rules
// read lowers danger words: the past and safe now (in the same sentence),
// news, fiction, idioms, games, jokes, a child named in an advert — unless
// someone is "still there".
//
// A linear model (model.go, trained by train.go from the labelled corpus in
// corpus/, embedded as model.bin) reads words, word pairs, four-letter
// pieces of words (robust to Roman Urdu spelling), what the lexicon found
// and pairs of its concepts, and the rules' verdict. It decides the case
// type where the rules are not precise, may raise an emergency the rules
// missed, and may overrule weak danger words ("I'll kill you 😂") or danger
// words in a message that is plainly no report. combine.go says how, with
// the numbers chosen by cross-validation; eval.go scores it (`hoshyar
// triage eval`). Staff see the rules' reasons and, where the model decided,
// "Model: …" with the words that weighed most.
//
// # How text is read
//
// Text is read by package lang, the one reader of language: normalised
// (zero-width and bidi marks dropped, Arabic letter variants folded to
// Urdu, Urdu digits to ASCII, lower case, letters stretched three or more
// times squeezed), tokenised with offsets back to the original, so an
// Amount's Text and a flag's quotation are always what the person wrote.
// Words are matched whole; a phrase does not run across a clause break; a
// negation just before, after or inside a phrase cancels it for the
// situations and the cues that allow it ("band nahi kiya", "paise nahi
// diye").
//
// # The data
//
// What to look for is data, not code: lang/lexicon/triage.json (with the
// word classes, negations and spelling variants of lang/lexicon/words.json).
// It holds countries, currencies, multipliers and number words, payments,
// situations (code, level, the reason staff see, phrases and exceptions),
// compounds (pairs of concepts that are an emergency, or urgent when their
// level says so), cues (named phrase
// lists the rules read, the concepts of danger and the contexts that lower
// it), link TLDs, official domains, licence keywords and salary limits. A
// phrase is words separated by spaces; a|b|c is one word with
// alternatives; word* is any word starting with word; @name is a class; #
// is a number inside an amount; ~ skips up to three words. The file is
// checked when the package loads: an unknown class, an alternative of two
// words or a missing cue is a defect the tests catch. After changing it,
// run `hoshyar triage train`: a test fails while the model is stale.
//
// # Limits
//
// The model learns from a corpus written by a few writers, not collected
// from users; it misses some very indirect danger and raises some urgent
// cases as emergencies (README "Triage" has the figures). Staff see the
// reasons and make the decision.
package triage
