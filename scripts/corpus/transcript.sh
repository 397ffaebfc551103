#!/bin/sh
# The transcript of one conversation from /tmp/conv-full.log (convmiss.sh).
awk -v id="$1" -v w="${W:-400}" '
  $0 ~ ("conversations_test.go:[0-9]+: " id " ") {on=1; print substr($0,1,w*3); next}
  on && /^ +[<>]/ {print substr($0,1,w); next}
  on {exit}' /tmp/conv-full.log
