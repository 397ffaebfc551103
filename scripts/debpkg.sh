# shellcheck shell=bash
# Debian packages a feature needs, sourced by ocr.sh and browser.sh.
#
#   debpkg_install WHAT PKG…   install PKG… with apt-get when this user can
#                              (root, or sudo without a password), saying so;
#                              returns non-zero when it could not.

debpkg_install() {
	local what=$1
	shift
	local -a as=()
	if ((EUID != 0)); then
		if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
			as=(sudo -n)
		else
			return 1
		fi
	fi
	command -v apt-get >/dev/null 2>&1 || return 1
	echo "$what: installing $* (Debian packages, once)" >&2
	if ! ${as[@]+"${as[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1; then
		${as[@]+"${as[@]}"} apt-get update -q >/dev/null 2>&1 || true
		${as[@]+"${as[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 || return 1
	fi
}
