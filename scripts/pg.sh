# shellcheck shell=bash
# Shared PostgreSQL helpers, sourced by run-local.sh, test.sh and .ci/run.
#
#   pg_ensure URL [VARNAME]  make sure a server answers at URL's host and port,
#                            starting a local one if it can (VARNAME names the
#                            variable URL came from, for the messages)
#   pg_create_db URL         create the database URL names if it is missing
#
# Functions return non-zero on failure; callers run under `set -e`.

HOSHYAR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Where a private cluster lives when the machine has PostgreSQL binaries but no
# cluster of its own. Override if the postgres user cannot reach the checkout.
: "${HOSHYAR_PGDATA:=$HOSHYAR_ROOT/.data/pg}"

pg__log() { printf 'pg: %s\n' "$*" >&2; }

# pg__parse URL: sets PG_HOST, PG_PORT and PG_DB from a postgres:// URL or a
# "host=… port=… dbname=…" string. Only the first host of a list is used.
pg__parse() {
	local url=$1 rest hostport kv
	PG_HOST='' PG_PORT='' PG_DB=''
	if [[ $url == *://* ]]; then
		rest=${url#*://}
		rest=${rest%%\?*}
		if [[ $rest == */* ]]; then
			PG_DB=${rest#*/}
			rest=${rest%%/*}
		fi
		hostport=${rest##*@}
		hostport=${hostport%%,*}
		if [[ $hostport == \[* ]]; then # [::1]:5432
			PG_HOST=${hostport%%]*}
			PG_HOST=${PG_HOST#[}
			[[ $hostport == *]:* ]] && PG_PORT=${hostport##*]:}
		else
			PG_HOST=${hostport%%:*}
			[[ $hostport == *:* ]] && PG_PORT=${hostport#*:}
		fi
	else
		for kv in $url; do
			case $kv in
			host=*) PG_HOST=${kv#host=} ;;
			port=*) PG_PORT=${kv#port=} ;;
			dbname=*) PG_DB=${kv#dbname=} ;;
			esac
		done
	fi
	: "${PG_HOST:=127.0.0.1}" "${PG_PORT:=5432}"
	return 0
}

# pg__up HOST PORT: does a server accept connections there?
pg__up() {
	if command -v pg_isready >/dev/null 2>&1; then
		pg_isready -q -h "$1" -p "$2" -t 3
		return
	fi
	# shellcheck disable=SC2016 # $0 and $1 are expanded by the inner bash
	local probe='exec 3<>"/dev/tcp/$0/$1"'
	if command -v timeout >/dev/null 2>&1; then
		timeout 3 bash -c "$probe" "$1" "$2" 2>/dev/null
	else
		bash -c "$probe" "$1" "$2" 2>/dev/null
	fi
}

pg__is_local() {
	case $1 in
	127.0.0.1 | localhost | ::1 | /*) return 0 ;;
	*) return 1 ;;
	esac
}

pg__help() { # VARNAME HOST PORT
	cat >&2 <<EOF

No PostgreSQL server answers at $2:$3, and this script could not start one.
Hoshyar needs PostgreSQL 15 or newer. Either:
  - install it, then run this again:
        sudo apt-get install postgresql          (Debian, Ubuntu)
        brew install postgresql@15 && brew services start postgresql@15   (macOS)
  - or point $1 at a server you already have:
        export $1='postgres://USER:PASSWORD@HOST:5432/DBNAME?sslmode=disable'
EOF
	[[ $1 != DATABASE_URL ]] || cat >&2 <<'EOF'
  - or run everything in containers (needs Docker); the key is made once and kept in .env:
        test -s .env || echo "HOSHYAR_SECRET_KEY=$(openssl rand -hex 32)" > .env
        docker compose up --build
EOF
}

# pg__start_debian PORT: start the Debian cluster (pg_ctlcluster) that listens
# on PORT. Returns 2 when the machine has no cluster at all.
pg__start_debian() {
	local port=$1 line ver='' name='' status='' owner='' v n p s o
	command -v pg_lsclusters >/dev/null 2>&1 || return 2
	compgen -G '/etc/postgresql/*/*/postgresql.conf' >/dev/null || return 2
	while read -r v n p s o _; do
		if [[ $p == "$port" ]]; then
			ver=$v name=$n status=$s owner=$o
			break
		fi
	done < <(pg_lsclusters -h 2>/dev/null)
	if [[ -z $ver ]]; then
		pg__log "no PostgreSQL cluster on this machine uses port $port; its clusters are:"
		pg_lsclusters >&2
		return 1
	fi
	if [[ $status == online ]]; then
		pg__log "cluster $ver/$name is running but does not answer on port $port;" \
			"check listen_addresses in /etc/postgresql/$ver/$name/postgresql.conf"
		return 1
	fi

	local -a cmd=(pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start)
	line=${cmd[*]}
	pg__log "starting cluster $ver/$name: $line"
	if ((EUID == 0)) || [[ $(id -un) == "$owner" ]]; then
		"${cmd[@]}" && return 0
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo -n "${cmd[@]}" && return 0
	else
		pg__log "cannot start it as $(id -un): run 'sudo $line' yourself"
		return 1
	fi
	pg__log "the cluster did not start; see /var/log/postgresql/postgresql-$ver-$name.log"
	return 1
}

# pg__start_private PORT: initialise (once) and start a cluster under
# $HOSHYAR_PGDATA with trust auth for user postgres. Returns 2 when there are
# no PostgreSQL binaries.
pg__start_private() {
	local port=$1 data=$HOSHYAR_PGDATA bindir='' user
	local -a as=()
	if [[ -f $data/PG_VERSION && -x /usr/lib/postgresql/$(<"$data/PG_VERSION")/bin/initdb ]]; then
		bindir=/usr/lib/postgresql/$(<"$data/PG_VERSION")/bin
	else
		bindir=$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)
		bindir=${bindir%/initdb}
	fi
	[[ -n $bindir ]] || return 2

	# PostgreSQL refuses to run as root: use the postgres OS user instead.
	if ((EUID == 0)); then
		user=postgres
		id -u "$user" >/dev/null 2>&1 || user=nobody
		as=(runuser -u "$user" --)
		mkdir -p "$data"
		chown "$user" "$data"
		chmod 700 "$data"
		if ! "${as[@]}" test -w "$data"; then
			pg__log "user $user cannot reach $data (a parent directory is closed to it)."
			pg__log "set HOSHYAR_PGDATA to a directory it can use, e.g. HOSHYAR_PGDATA=/var/tmp/hoshyar-pg"
			return 1
		fi
	else
		mkdir -p "$data"
		chmod 700 "$data"
	fi

	if [[ ! -f $data/PG_VERSION ]]; then
		pg__log "creating a private cluster in $data (user postgres, trust auth, port $port)"
		${as[@]+"${as[@]}"} "$bindir/initdb" -D "$data" -U postgres --auth=trust \
			--encoding=UTF8 --locale=C >/dev/null || return 1
		{
			echo "# Added by scripts/pg.sh"
			echo "port = $port"
			echo "listen_addresses = 'localhost'"
			echo "unix_socket_directories = '/tmp'"
		} >>"$data/postgresql.conf"
	fi
	pg__log "starting the private cluster in $data (stop it with: ${as[*]:+${as[*]} }$bindir/pg_ctl -D $data stop)"
	${as[@]+"${as[@]}"} "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 start >/dev/null || {
		pg__log "it did not start; see $data/server.log"
		return 1
	}
}

pg_ensure() {
	local url=${1:?pg_ensure needs a database URL} var=${2:-DATABASE_URL} rc i
	pg__parse "$url"
	local host=$PG_HOST port=$PG_PORT
	rc=0
	pg__up "$host" "$port" || rc=$?
	if ((rc == 0)); then
		pg__log "PostgreSQL answers at $host:$port"
		return 0
	fi
	if ((rc == 1)) && command -v pg_isready >/dev/null 2>&1; then
		pg__log "PostgreSQL at $host:$port is starting up; waiting"
	elif ! pg__is_local "$host"; then
		pg__log "PostgreSQL does not answer at $host:$port, which is not this machine: check $var"
		return 1
	else
		pg__log "PostgreSQL does not answer at $host:$port; trying to start it"
		rc=0
		pg__start_debian "$port" || rc=$?
		if ((rc == 2)); then
			rc=0
			pg__start_private "$port" || rc=$?
		fi
		if ((rc == 2)); then
			pg__help "$var" "$host" "$port"
			return 1
		elif ((rc != 0)); then
			return 1
		fi
	fi

	for ((i = 0; i < 30; i++)); do
		if pg__up "$host" "$port"; then
			pg__log "PostgreSQL answers at $host:$port"
			return 0
		fi
		sleep 1
	done
	pg__log "PostgreSQL still does not answer at $host:$port after 30 s"
	pg__help "$var" "$host" "$port"
	return 1
}

# pg_create_db URL: create URL's database through psql and the server's
# "postgres" database. Without psql it only says so: `hoshyar db create` and the
# Go test harness create their databases themselves.
pg_create_db() {
	local url=${1:?pg_create_db needs a database URL} admin scheme rest authority query='' exists
	pg__parse "$url"
	local db=$PG_DB
	if [[ -z $db ]]; then
		pg__log "the URL names no database; nothing to create"
		return 0
	fi
	if ! command -v psql >/dev/null 2>&1; then
		pg__log "psql is not installed, so database $db was not created here (the Go program creates it)"
		return 0
	fi
	if [[ $url == *://* ]]; then
		scheme=${url%%://*}
		rest=${url#*://}
		authority=${rest%%[/?]*}
		[[ $url == *\?* ]] && query="?${url#*\?}"
		admin="$scheme://$authority/postgres$query"
	else
		admin="$url dbname=postgres"
	fi
	# psql variables (:'db', :"db") quote the name safely; they work on stdin only.
	exists=$(echo "SELECT 1 FROM pg_database WHERE datname = :'db';" |
		psql -X -w -q -t -A -v ON_ERROR_STOP=1 -v db="$db" "$admin") || return 1
	if [[ $exists == 1 ]]; then
		pg__log "database $db exists"
		return 0
	fi
	echo 'CREATE DATABASE :"db";' |
		psql -X -w -q -v ON_ERROR_STOP=1 -v db="$db" "$admin" >/dev/null || return 1
	pg__log "created database $db"
}
