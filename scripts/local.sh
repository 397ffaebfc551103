# shellcheck shell=bash
# The local setup that `make run` and `make user` share, sourced by
# run-local.sh and user-add.sh. Every setting can be overridden from the
# environment:
#
#   HOSHYAR_ENV, DATABASE_URL, HTTP_ADDR, PUBLIC_BASE_URL, LOG_FORMAT
#                     as for the binary (see README.md); local defaults here
#   HOSHYAR_KEY_FILE  where the local secret key is kept (.data/secret.key)
#   HOSHYAR_BIN       the binary to build and run (bin/hoshyar)
#
#   local_env         export the local defaults
#   local_key         create the key once, keep it, export HOSHYAR_SECRET_KEY
#   local_build       build $HOSHYAR_BIN, showing progress
#   step TEXT         say what comes next ("[2/5] TEXT")

# shellcheck source=scripts/pg.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"

: "${HOSHYAR_KEY_FILE:=.data/secret.key}" "${HOSHYAR_BIN:=bin/hoshyar}"
LOCAL_STEP=0
LOCAL_STEPS=${LOCAL_STEPS:-1}

step() {
	LOCAL_STEP=$((LOCAL_STEP + 1))
	printf '\n[%d/%d] %s\n' "$LOCAL_STEP" "$LOCAL_STEPS" "$*" >&2
}

say() { printf '      %s\n' "$*" >&2; }

local_env() {
	export HOSHYAR_ENV=${HOSHYAR_ENV:-local}
	export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hoshyar?sslmode=disable}
	export HTTP_ADDR=${HTTP_ADDR:-:8080}
	# The address people open: the port HTTP_ADDR listens on.
	export PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://localhost:${HTTP_ADDR##*:}}
	# A person reads these logs: text, not JSON.
	export LOG_FORMAT=${LOG_FORMAT:-text}
	if ! command -v go >/dev/null 2>&1; then
		echo "Go is not installed: Hoshyar needs Go 1.26 (https://go.dev/dl/)" >&2
		return 1
	fi
}

# The key encrypts reporters' addresses: it is generated once and must never
# be lost or replaced, or the local database becomes unreadable.
local_key() {
	if [[ -n ${HOSHYAR_SECRET_KEY:-} ]]; then
		say "HOSHYAR_SECRET_KEY is set: using it"
		return 0
	fi
	local file=$HOSHYAR_KEY_FILE
	if [[ ! -s $file ]]; then
		mkdir -p "$(dirname "$file")"
		(
			umask 077
			od -An -v -tx1 -N32 /dev/urandom | tr -d ' \n' >"$file.tmp"
		)
		mv "$file.tmp" "$file"
		say "generated a new key in $file"
	else
		say "using $file"
	fi
	say "keep that file: without it the reporter addresses in this database cannot be read"
	chmod 600 "$file"
	HOSHYAR_SECRET_KEY=$(<"$file")
	export HOSHYAR_SECRET_KEY
}

# local__progress reads `go build -v` output: one package per line as it is
# compiled. On a terminal it keeps one line that counts them; otherwise it
# says every 50. Anything else Go says (downloads, errors) is shown as is.
local__progress() {
	local n=0 line tty=0 width=${COLUMNS:-80}
	[[ -t 2 ]] && tty=1
	while IFS= read -r line; do
		if [[ $line =~ ^[A-Za-z0-9_./~-]+$ ]]; then
			n=$((n + 1))
			if ((tty)); then
				printf '\r\033[K      compiled %d packages: %.*s' "$n" $((width - 32)) "$line" >&2
			elif ((n % 50 == 0)); then
				say "compiled $n packages"
			fi
			continue
		fi
		((tty)) && printf '\r\033[K' >&2
		printf '      %s\n' "$line" >&2
	done
	((tty)) && printf '\r\033[K' >&2
	case $n in
	0) say "up to date" ;;
	1) say "compiled 1 package" ;;
	*) say "compiled $n packages" ;;
	esac
}

local_build() {
	mkdir -p "$(dirname "$HOSHYAR_BIN")"
	go build -v -o "$HOSHYAR_BIN" ./cmd/hoshyar 2>&1 | local__progress
}
