#!/bin/sh
# Plays every conversation; per-split lines and the misses (see README.md).
cd "$(dirname "$0")/../.." || exit 1
CONV_REPORT=1 SHOW_HELDOUT=1 go test ./flows -run 'TestConversationsCorpus$' -count=1 -v > /tmp/conv-full.log 2>&1
grep -E "conversations_test.go:[0-9]+: +(${SPLITS:-all|test8[0-9]|test9[0-9]}) +[0-9]+/ *[0-9]+ fully" /tmp/conv-full.log
grep -oE 'conversations_test.go:[0-9]+: C[0-9]+-[0-9]+ [a-z0-9]+' /tmp/conv-full.log | cut -d' ' -f2,3 | sort > /tmp/conv-miss.txt
wc -l < /tmp/conv-miss.txt
