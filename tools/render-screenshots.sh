#!/usr/bin/env bash
# tools/render-screenshots.sh [--no-build] [--offscreen] [--screen WxH] [--language xx] [output-dir]
#
# Renders the docs' screenshots from the real cronofy-console: `cronofy-console --screenshot-dir DIR`
# starts the built-in offline sandbox (nothing is sent to Cronofy), drives the real window through its main
# screens and saves each one as a PNG (see ui/ScreenshotTour.cpp). By default it runs as a person would see
# it: a real X server (Xvfb, --screen, default 1280x800) with a real window manager (openbox), which places,
# sizes and frames the windows; the pictures are of the screen, frames included, and nothing is resized for
# them. --offscreen uses Qt's offscreen plugin instead (no display needed; the widget alone). It runs inside
# a private D-Bus session with a throwaway unlocked keyring (tests/support/with-keyring.sh) and a throwaway
# HOME, so it never touches your own settings, list or keychain. --language picks the texts (en, de, fr, es).
# Re-runnable: it builds cronofy-console first if needed (BUILD_DIR, default ./build; --no-build uses the
# binary as it is) and overwrites the PNGs.
set -euo pipefail

build_first=1
platform=xcb
screen=1280x800
language=en
while [[ "${1:-}" == --* ]]; do
    case "$1" in
        --no-build) build_first=0 ;;
        --offscreen) platform=offscreen ;;
        --xvfb) platform=xcb ;; # the default; kept for older notes
        --screen) screen=$2; shift ;;
        --language) language=$2; shift ;;
        *) echo "render-screenshots: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots}

if ((build_first)); then
    if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
        generator=()
        command -v ninja >/dev/null && generator=(-G Ninja)
        cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --target cronofy-console -j"${JOBS:-2}"
fi
binary=$(find "$build" -type f -name cronofy-console -perm -u+x -not -path '*/CMakeFiles/*' | head -n 1)
[[ -n "$binary" ]] || { echo "render-screenshots: cronofy-console was not built in $build" >&2; exit 1; }

home=$(mktemp -d "${TMPDIR:-/tmp}/console-screenshots.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/data" "$home/config" "$home/cache" "$out"
mkdir -m 700 "$home/run"
# Another language as a person chooses it in Settings: its texts and its dates and numbers (C.UTF-8 alone
# would leave dates in English, "5 Dec 2026", under German texts).
if [[ $language != en ]]; then
    mkdir -p "$home/config/CronofyConsole"
    printf '[ui]\nlanguage=%s\n' "$language" >"$home/config/CronofyConsole/cronofy-console.conf"
fi

# The same look on every machine: the Fusion style, English texts (LANGUAGE picks the catalog; C.UTF-8 is
# the one locale every system has) and a device pixel ratio of 1.
run=(bash "$root/tests/support/with-keyring.sh")
if [[ $platform == xcb ]]; then
    # openbox manages the screen before the console starts; with-keyring.sh hides the caller's display from
    # what it runs, so Xvfb's is handed over explicitly.
    run=(xvfb-run -a -s "-screen 0 ${screen}x24 -nolisten tcp" bash -c '
        openbox --sm-disable & wm=$!
        for _ in $(seq 100); do
            xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
            sleep 0.1
        done
        status=0
        bash "$0" env DISPLAY="$DISPLAY" "$@" || status=$?
        kill $wm 2>/dev/null; wait $wm 2>/dev/null
        exit $status' "$root/tests/support/with-keyring.sh")
fi
env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=$platform QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE="${language}:en" \
    "${run[@]}" "$binary" --screenshot-dir "$out"

# Smaller files for the repository, when an optimiser is installed (lossless).
if command -v optipng >/dev/null; then
    optipng -quiet -o2 "$out"/*.png
fi
ls -l "$out"/*.png
