#!/usr/bin/env python3
"""How people spell the lexicon's Roman Urdu words: a helper for words.json's variants.

Lists the Latin words the lexicon's phrases use (every file in lang/lexicon) and,
over the texts of the corpora's train and dev splits, the Latin tokens the lexicon
does not know, grouped by consonant skeleton with the lexicon words that share it,
so that spellings such as yhi, bht, mhine, rkha, lagy or bai can be seen beside
yehi, bohat, mahine, rakha, lage and bhai, and chosen by hand.

Only train and dev texts are read: blind sets (triage/testdata/blind*.jsonl) and
held-out splits (test*) must not choose entries.

    python3 scripts/variants.py                # every group with an unknown spelling
    python3 scripts/variants.py --min 2        # unknown tokens seen at least twice
    python3 scripts/variants.py --word bohat   # one lexicon word's group
    python3 scripts/variants.py --uses yhi     # where a word appears in the lexicon
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LATIN = re.compile(r"[a-z]+")
SPLITS = {"train", "dev"}


def words(s):
    """Latin words of s as lang.Tokenize makes them: lower case, letters
    stretched three or more times squeezed to one."""
    return [re.sub(r"(.)\1\1+", r"\1", w) for w in LATIN.findall(s.lower())]


def skeleton(w):
    """The consonant skeleton: the first letter kept, then vowels, y and an h
    after a consonant dropped, q as k, v as w, doubled letters as one. It is
    loose on purpose (a group is read by a person), so an ending -y/-ay/-e,
    a dropped vowel, bhai/bai and qarza/karza fall together."""
    w = w.replace("q", "k").replace("v", "w")
    out = [w[0]]
    for i, c in enumerate(w[1:], 1):
        if c in "aeiouy":
            continue
        if c == "h" and w[i - 1] not in "aeiouy":
            continue
        if out[-1] == c:
            continue
        out.append(c)
    return "".join(out)


def strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            if k.startswith("_"):
                continue
            yield from strings(x)


def lexicon():
    """Latin words of every phrase of the lexicon → where they are used."""
    uses = collections.defaultdict(set)
    variants = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "lang/lexicon/*.json"))):
        data = json.load(open(path, encoding="utf-8"))
        name = os.path.basename(path)
        if name == "words.json":
            for canon, vs in data.get("variants", {}).items():
                for v in vs:
                    variants[v] = canon
        for section, v in data.items():
            if section.startswith("_"):
                continue
            for s in strings(v):
                for w in words(s.replace("*", "")):
                    uses[w].add(f"{name}:{section}")
            if isinstance(v, dict):  # keys may be words too (variants, classes)
                for k in v:
                    for w in words(k):
                        uses[w].add(f"{name}:{section}")
    return uses, variants


def texts():
    """Texts of the train and dev splits of the corpora."""
    for path in sorted(glob.glob(os.path.join(ROOT, "triage/corpus/*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                if d.get("split") in SPLITS:
                    yield d.get("lang"), d["text"]
    for line in open(os.path.join(ROOT, "flows/testdata/conversations.jsonl"), encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        if d.get("split") not in SPLITS:
            continue
        for s in strings({"o": d.get("opening"), "a": d.get("answers"), "s": d.get("asides")}):
            yield d.get("lang"), s
    for line in open(os.path.join(ROOT, "flows/testdata/answers.jsonl"), encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            if d.get("split") in SPLITS:
                yield d.get("lang"), d["text"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=1, help="least count of an unknown token")
    ap.add_argument("--word", help="only the group of this lexicon word")
    ap.add_argument("--uses", help="where this word is used in the lexicon")
    args = ap.parse_args()
    uses, variants = lexicon()
    if args.uses:
        w = args.uses.lower()
        print(w, "variant of", variants.get(w, "-"), "used in", sorted(uses.get(w, [])))
        return
    seen = collections.Counter()
    english = collections.Counter()  # tokens of English texts: English words stay English
    for lang, text in texts():
        for w in words(text):
            seen[w] += 1
            if lang == "en":
                english[w] += 1
    groups = collections.defaultdict(lambda: ([], []))
    for w in uses:
        if len(w) > 1:
            groups[skeleton(w)][0].append(w)
    for w, n in seen.items():
        if w not in uses and n >= args.min and len(w) > 1 and english[w] * 2 < n:
            groups[skeleton(w)][1].append(w)
    out = sys.stdout
    for sk in sorted(groups):
        known, unknown = groups[sk]
        if not known or not unknown:
            continue
        if args.word and args.word not in known:
            continue
        known.sort(key=lambda w: (-seen[w], w))
        unknown.sort(key=lambda w: (-seen[w], w))
        canon = sorted({variants.get(w, w) for w in known})
        out.write(f"{sk}: lexicon {' '.join(f'{w}({seen[w]})' for w in known)}"
                  f" [canon {' '.join(canon)}]\n    unknown {' '.join(f'{w}({seen[w]})' for w in unknown)}\n")


if __name__ == "__main__":
    main()
