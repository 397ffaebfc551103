#!/usr/bin/env bash
# Shows whether reading images (OCR) holds up conversations: runs the load
# tool (cmd/hoshyar-load) against a running Hoshyar twice, first alone, then
# while other web chat visitors keep uploading advert screenshots, so that
# the read queue is never empty. Compare the two waits for an answer.
#
#   scripts/ocr-load.sh [URL]        default http://127.0.0.1:8080 (make run)
#
#   UPLOADERS=4 UPLOADS=12 VISITORS=10 MESSAGES=20  the defaults
#
# Loopback only, bounded in count and time, like the load tool. The server's
# OCR must be on (its log says ocr_on), or the second run measures nothing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

url=${1:-http://127.0.0.1:8080}
case $url in
http://127.* | http://localhost* | http://\[::1\]*) ;;
*)
	echo "ocr-load: $url is not on this machine" >&2
	exit 2
	;;
esac
uploaders=${UPLOADERS:-4}
uploads=${UPLOADS:-12}
visitors=${VISITORS:-10}
messages=${MESSAGES:-20}
images=(ocr/testdata/adverts/*.jpg)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

echo "== conversations alone"
go run ./cmd/hoshyar-load -url "$url" -visitors "$visitors" -messages "$messages" | tee "$work/alone"

# One uploader is one visitor: an image every 2.5 s keeps within the web
# chat's 30 messages a minute per visitor.
upload() {
	local jar=$work/jar.$1 i
	for ((i = 0; i < uploads; i++)); do
		curl -s -o /dev/null -m 60 -b "$jar" -c "$jar" \
			-F "client_id=up$1x$i" -F "file=@${images[$(((i * uploaders + $1) % ${#images[@]}))]};type=image/jpeg" \
			"$url/chat/api/attachments" || true
		sleep 2.5
	done
}
for ((u = 0; u < uploaders; u++)); do
	upload "$u" &
done
sleep 5 # the read queue fills
echo "== conversations while $uploaders visitors upload $((uploaders * uploads)) screenshots"
go run ./cmd/hoshyar-load -url "$url" -visitors "$visitors" -messages "$messages" | tee "$work/busy"
echo "== reads meanwhile (hoshyar_media_read_seconds)"
curl -s "$url/metrics" | grep -E '^hoshyar_media_read_seconds_(count|sum)' || echo "(none: is OCR on?)"
curl -s "$url/metrics" | grep -E '^hoshyar_jobs\{queue="read"' || true
