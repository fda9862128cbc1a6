#!/usr/bin/env bash
# Install what the browser and validator tests need on a Debian machine (run as root).
# Idempotent: a second run installs nothing. The browser is Debian's chromium, driven by
# playwright-core with its executable path, so no browser is downloaded from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -d tests/browser/node_modules/playwright-core ] || [ ! -d tests/browser/node_modules/axe-core ] \
   || [ ! -f tests/browser/node_modules/vnu-jar/build/dist/vnu.jar ] \
   || [ ! -d tests/browser/node_modules/@knight-lab/timelinejs ]; then
  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund)
fi
echo "test tools: $(chromium --version 2>/dev/null | head -1); node $(node --version);" \
  "$(java -version 2>&1 | head -1)"
