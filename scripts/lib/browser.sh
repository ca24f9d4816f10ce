# shellcheck shell=bash
# The headless browser of the page's browser tests: Debian's chromium and its driver, installed like PostgreSQL is.
# Sourced by ./dash after postgres.sh (which defines apt_install).

ensure_browser() {
    if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
        return
    fi
    step "Installing Chromium for the browser tests"
    apt_install chromium chromium-driver
}
