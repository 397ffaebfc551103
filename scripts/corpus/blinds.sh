#!/bin/sh
# hoshyar triage eval on each labelled file: the "all" line (n, fully, +flags, case, urgency,
# emergency recall, precision, frightening raised, everyday cased).
BIN=${BIN:-/tmp/hoshyar}
for f in "$@"; do echo "$f"; "$BIN" triage eval "$f" | grep '^all'; done
