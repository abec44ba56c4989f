#!/usr/bin/env bash
# tools/atspi-walk.sh [--screen WxH] [--language xx[,yy]] [BUILD_DIR]
#
# Every page and dialog of the window, in every state the layout audit visits (tests/gui/tst_layout), read
# through the accessibility tree as a screen reader reads it: tst_layout runs under Xvfb with a window manager
# (openbox), in a private D-Bus session with the AT-SPI bus (at-spi-bus-launcher) and Qt's accessibility
# always on, and at each state it waits while tools/atspi-walk.py, another process, walks the window through
# AT-SPI. Any control without a name, or form label that labels no field, fails the run with one line each.
# Defaults: 1024x700, English and German; BUILD_DIR defaults to ./build. Needs xvfb, openbox, x11-utils,
# at-spi2-core and python3-pyatspi.
set -euo pipefail
screen=1024x700
languages=en,de
while [[ "${1:-}" == --* ]]; do
    case "$1" in
        --screen) screen=$2; shift ;;
        --language) languages=$2; shift ;;
        *) echo "atspi-walk: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-${BUILD:-$root/build}}" && pwd)
test_bin=$build/tests/gui/tst_layout
[[ -x $test_bin ]] || { echo "atspi-walk: $test_bin was not built" >&2; exit 1; }
launcher=/usr/libexec/at-spi-bus-launcher
[[ -x $launcher ]] || { echo "atspi-walk: $launcher is missing (at-spi2-core)" >&2; exit 1; }
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "atspi-walk: python3-pyatspi is missing" >&2; exit 1; }

functions=()
IFS=, read -ra codes <<<"$languages"
for code in "${codes[@]}"; do functions+=("everyPageAndDialogShowsAllItSays:$code"); done

home=$(mktemp -d "${TMPDIR:-/tmp}/atspi-walk-test.XXXXXX")
trap 'rm -rf "$home"' EXIT
start=$SECONDS
# xvfb-run gives the display; dbus-run-session a private session bus, where the AT-SPI bus launcher registers
# org.a11y.Bus before the test starts (Qt asks for it once, at its start); openbox manages the screen.
env -u DBUS_SESSION_BUS_ADDRESS -u AT_SPI_BUS_ADDRESS CONSOLE_TEST_HOME="$home" \
    CRONOFY_SANDBOX_BIN="$build/app/sandbox/cronofy-sandbox" CONSOLE_ATSPI_WALK="$root/tools/atspi-walk.py" \
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 ${screen}x24 -nolisten tcp" dbus-run-session -- bash -c '
      "'"$launcher"'" --launch-immediately & bus=$!
      openbox --sm-disable & wm=$!
      for _ in $(seq 100); do
        xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" \
          && dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
               org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q "boolean true" && break
        sleep 0.1
      done
      status=0
      "$0" -maxwarnings 0 "$@" || status=$?
      kill $wm $bus 2>/dev/null; wait $wm $bus 2>/dev/null
      exit $status' "$test_bin" "${functions[@]}"
echo "atspi-walk: ${languages} at ${screen} walked in $((SECONDS - start)) s"
