# shellcheck shell=bash
# Sourced by scripts/test: makes Debian's Chromium available at /usr/bin/chromium for the browser
# tests (tests/web/test_web_browser.py drives it with Playwright; no browser is downloaded).
#
# Nothing to do when it is installed. Under CI (CI=true) a missing Chromium is installed with
# apt-get (as root), and a failure to install it fails the run; elsewhere the browser tests are
# skipped with a message saying how to install it.

TALLY_CHROMIUM=/usr/bin/chromium

ensure_chromium() {
    [ -x "$TALLY_CHROMIUM" ] && return 0
    if [ "${CI:-}" != "true" ]; then
        echo "note: no Chromium at $TALLY_CHROMIUM; the browser tests will be skipped (apt-get install chromium)." >&2
        return 0
    fi
    echo "Installing Chromium from Debian's packages for the browser tests ..."
    local log
    log="$(mktemp)"
    if ! { _as_root apt-get update -qq &&
        _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        rm -f "$log"
        echo "error: apt-get could not install chromium, and CI must run the browser tests" >&2
        return 1
    fi
    rm -f "$log"
    [ -x "$TALLY_CHROMIUM" ] || { echo "error: chromium installed but $TALLY_CHROMIUM is missing" >&2; return 1; }
}
