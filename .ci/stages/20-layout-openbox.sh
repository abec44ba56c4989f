#!/usr/bin/env bash
# Stage 20: what a person sees, under a real X server with a real window manager. The layout audit
# (tests/gui/tst_layout: every page and dialog in every state, in en/de/fr/es; see LayoutAudit.h) runs in the
# normal suite offscreen; here it runs again through Xvfb and openbox, where window frames, placement and
# resizes are the window manager's, at the three screens it promises: 1024x700, 1280x800, and 2560x1600 at
# QT_SCALE_FACTOR=2; then tools/atspi-walk.sh reads every state through AT-SPI. It uses the main build's
# binaries ($BUILD); no keyring is needed (the test keeps its secrets in memory). Env (from .ci/test): BUILD,
# ROOT.
set -euo pipefail
cd "${ROOT:-$(dirname "$0")/../..}"
BUILD=${BUILD:-build}
BUILD=$(cd "$BUILD" && pwd)
test_bin=$BUILD/tests/gui/tst_layout
sandbox_bin=$BUILD/app/sandbox/cronofy-sandbox
if [[ ! -x $test_bin ]]; then
  echo "20-layout-openbox: $test_bin was not built (no widgets in this build?): nothing to audit."
  exit 0
fi

# One X server per screen size; openbox manages it, and the test starts once openbox owns the screen.
run_one() {
  local screen=$1 scale=$2
  local home
  home=$(mktemp -d "${TMPDIR:-/tmp}/layout-openbox-test-$screen.XXXXXX")
  echo "--- tst_layout under Xvfb ${screen} + openbox, QT_SCALE_FACTOR=$scale"
  # xvfb-run gives the command its DISPLAY; bash -c runs openbox beside the test and stops it afterwards.
  env -u DBUS_SESSION_BUS_ADDRESS CONSOLE_TEST_HOME="$home" CRONOFY_SANDBOX_BIN="$sandbox_bin" \
    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 ${screen}x24 -nolisten tcp" bash -c '
      openbox --sm-disable & wm=$!
      for _ in $(seq 100); do
        xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
        sleep 0.1
      done
      xprop -root _NET_SUPPORTING_WM_CHECK | grep -q "window id" || { echo "openbox did not start" >&2; exit 1; }
      status=0
      "$0" -maxwarnings 0 || status=$?
      kill $wm 2>/dev/null; wait $wm 2>/dev/null
      exit $status' "$test_bin"
  rm -rf "$home"
}

start=$SECONDS
run_one 1024x700 1
run_one 1280x800 1
run_one 2560x1600 2
# The same states read through the accessibility tree, as a screen reader reads them, in every language.
bash tools/atspi-walk.sh --screen 1024x700 --language en,de,fr,es "$BUILD"
echo "20-layout-openbox: passed in $((SECONDS - start)) s"
