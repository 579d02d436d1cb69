#!/usr/bin/env bash
# Installs third-party front-end assets from npm into static/vendor/ (committed; no CDN at run time).
# Run after changing a version here; record the versions in static/vendor/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
HTMX=2.0.11
BOOTSTRAP=5.3.9
AXE=4.14.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund "htmx.org@$HTMX" "bootstrap@$BOOTSTRAP" "axe-core@$AXE" >/dev/null)
mkdir -p static/vendor/htmx static/vendor/bootstrap tests_browser_vendor
cp "$work/node_modules/htmx.org/dist/htmx.min.js" static/vendor/htmx/
cp "$work/node_modules/htmx.org/LICENSE" static/vendor/htmx/LICENSE
cp "$work/node_modules/bootstrap/dist/css/bootstrap.min.css" static/vendor/bootstrap/
cp "$work/node_modules/bootstrap/LICENSE" static/vendor/bootstrap/LICENSE
# axe-core is used only by the browser tests, never served to visitors.
mkdir -p tests/browser/vendor
cp "$work/node_modules/axe-core/axe.min.js" tests/browser/vendor/
cp "$work/node_modules/axe-core/LICENSE" tests/browser/vendor/LICENSE-axe-core
rmdir tests_browser_vendor 2>/dev/null || true
echo "htmx.org $HTMX, bootstrap $BOOTSTRAP, axe-core $AXE installed"
