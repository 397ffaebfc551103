// Package lang is Hoshyar's one reader of language, shared by the
// conversation engine (flows) and triage: one normaliser, one tokenizer,
// one phrase matcher, one lexicon, and the readers built on them.
//
// # Text
//
// Fold drops invisible marks (zero-width, bidi controls) and folds Arabic
// letter variants to Urdu (ي→ی, ك→ک, ه→ہ) and Urdu and Arabic-Indic digits
// to ASCII, keeping offsets back to the original so quotations are always
// what the person wrote. Tokenize goes further for matching: lower case,
// harakat dropped, ھ and ہ treated alike, Pashto letters mapped to their
// Urdu neighbours, letters stretched three or more times squeezed
// ("bachaaaooo" is "bachao"), split into words and numbers, with clause
// breaks marked.
//
// # The lexicon
//
// Every JSON file in lexicon/ is one part of one lexicon. words.json holds
// what all readers share: word classes (@name in a phrase), negations,
// the fillers a negation reaches over, completed-verb endings, and Roman
// Urdu spelling variants (nai, nhi, nahin → nahi), which a Vocab applies to
// every word it does not know. A variant names one word only: a spelling that
// can mean another word (kam/kaam, bata/beta, fir as an FIR) is none
// (TestVariantsAreUnambiguous). scripts/variants.py lists how the corpora's
// train and dev texts spell the lexicon's words, grouped by consonant
// skeleton, to choose new variants from. triage.json is what triage looks for;
// conversation.json is what the conversation reads in typed answers:
// yes, no, not yet, don't know, skip, done, the options of each question,
// intents and asides.
//
// A phrase is words separated by spaces; a|b|c is one word with
// alternatives; word* is any word starting with word; @name a class; # a
// number inside an amount; ~ skips up to three words within a clause.
// Phrases go through the same normalisation as text, so they are written
// the way people write. A Matcher compiles phrases into a trie indexed by
// word, so one pass over a text finds them all.
//
// # Reading
//
// Detect tells the script and language of a text (Urdu script, Roman Urdu,
// English) with the number of words that bear it out, so a conversation
// can keep its language steady. Negated reads the scope of a negation
// ("not locked", "band nahi kiya", "paise nahi diye"). Answers are read by
// their kind (answers.go): yes/no/not-yet/unknown, an option named in
// words, done, an intent, an aside (a question or thanks instead of an
// answer), with time (past, not yet, now) and whose words they are.
// Retracted (corrections.go) reads how an answer corrects itself ("4 lakh,
// sorry 4.5 lakh", "pehle Qatar... nahi Bahrain", "not X but Y") over the
// items of any one kind the caller found in it: the last value said wins.
package lang
