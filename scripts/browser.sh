# shellcheck shell=bash
# Chromium for the browser tests (internal/browsertest), sourced by test.sh
# and .ci/run.
#
#   browser_ensure   install Debian's chromium and chromium-driver when they
#                    are missing and this user can, saying so. Never fails:
#                    without them the browser tests skip (outside CI; in CI
#                    they fail, see internal/browsertest).

# shellcheck source=scripts/debpkg.sh
source "$(dirname "${BASH_SOURCE[0]}")/debpkg.sh"

browser__have() { [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; }

browser_ensure() {
	if ! browser__have; then
		debpkg_install browser chromium chromium-driver || true
	fi
	if browser__have; then
		echo "browser: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)" >&2
		return 0
	fi
	cat >&2 <<MSG
browser: Chromium is not installed, and could not be here: the browser tests will skip.
     To run them: sudo apt-get install chromium chromium-driver
MSG
	return 0
}
