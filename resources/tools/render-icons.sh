#!/usr/bin/env bash
# Renders resources/icons/<app id>.svg into resources/icons/<size>x<size>/<app id>.png, <app id>.ico
# (Windows installer and .exe) and <app id>.icns (macOS bundle). Run it after changing the SVG and commit
# the results. Needs qt6-svg-dev and g++ (both in .ci/deps.sh's build set).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
icons=$here/../icons
id=org.cronofyconsole.CronofyConsole
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
g++ -std=c++20 -O1 -fPIC "$here/render-icons.cpp" -o "$tmp/render-icons" $(pkg-config --cflags --libs Qt6Svg Qt6Gui Qt6Core)
for s in 16 24 32 48 64 128 256 512; do mkdir -p "$icons/${s}x${s}"; done
QT_QPA_PLATFORM=offscreen "$tmp/render-icons" "$icons/$id.svg" "$icons" "$id"
echo "Rendered into $icons"
