#!/usr/bin/env bash
# The end-to-end tests need Chromium. Playwright cannot download its own browser on every machine,
# so Debian's /usr/bin/chromium is used where present (and installed with apt when we are root).
set -euo pipefail
[ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ] && exit 0
command -v chromium >/dev/null && exit 0
ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-browser: installing Debian's chromium for the end-to-end tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-browser: no Chromium found. Install one (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH." >&2
exit 1
