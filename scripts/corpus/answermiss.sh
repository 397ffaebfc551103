#!/bin/sh
# Typed answers: per-split figures (lines matching $SPLITS) and the misses in /tmp/ans-miss.txt.
cd "$(dirname "$0")/../.." || exit 1
ANSWERS_REPORT=1 SHOW_HELDOUT=1 go test ./flows -run 'TestAnswersCorpus$' -count=1 -v > /tmp/ans-full.log 2>&1
grep -E "answers_test.go:[0-9]+: (${SPLITS:-test4[0-9]|test5[0-9]}) +all" /tmp/ans-full.log
grep -A1 -E "answers_test.go:[0-9]+: A[0-9]+-[0-9]+ " /tmp/ans-full.log | grep -v '^--' > /tmp/ans-miss.txt
grep -cE 'answers_test.go:[0-9]+: A' /tmp/ans-miss.txt
