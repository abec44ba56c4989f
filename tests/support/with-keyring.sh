#!/usr/bin/env bash
# with-keyring.sh [--mode=unlocked|no-bus|no-secret-service|locked] <test-binary> [args...]
#
# The ctest launcher of every KEYRING test (console_add_test(... KEYRING [KEYRING_MODE m])). It runs the test
# against a REAL Secret Service, or against a deliberately broken one, and passes on the test's exit code.
#   unlocked           (default) a private D-Bus session with an unlocked gnome-keyring owning
#                      org.freedesktop.secrets (build-env.md §8's with_keyring recipe).
#   no-bus             no session bus and no DISPLAY, as in a plain CI shell.
#   no-secret-service  a private session bus whose configuration has an empty service directory, so nothing
#                      provides org.freedesktop.secrets.
#   locked             a private bus whose gnome-keyring has a "login" keyring it could not unlock (it was
#                      created with one password and the daemon was restarted with another).
#
# The keyring's own files (keyrings/, the daemon's control socket) live in a mktemp -d folder removed on exit,
# never in the test's XDG folders: ctest points HOME/XDG_* at build/test-home/<test>, which the test wipes at start
# (TestEnvironment::prepare()) and scans for plaintext afterwards.
# Everything runs under `timeout`, so a keyring prompt can never hang CI. No X server is needed or started.
set -euo pipefail

usage() {
    echo "usage: $0 [--mode=unlocked|no-bus|no-secret-service|locked] <test-binary> [args...]" >&2
    exit 2
}

# ---- stage 2: inside the private bus (dbus-run-session runs this script again with --in-session) ----
wait_for_secret_service() {
    for _ in $(seq 100); do
        # NameHasOwner never triggers D-Bus activation, unlike a call to the service itself.
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            return 0
        fi
        sleep 0.1
    done
    echo "with-keyring: gnome-keyring-daemon did not claim org.freedesktop.secrets within 10 s" >&2
    cat "$KEYRING_TMP/daemon.log" >&2 || true
    return 1
}

# start_daemon PASSWORD: an unlocking gnome-keyring in the foreground, with the keyring's private folders.
start_daemon() {
    printf %s "$1" | env HOME="$KEYRING_TMP" XDG_DATA_HOME="$KEYRING_TMP/data" XDG_RUNTIME_DIR="$KEYRING_TMP/run" \
        XDG_CONFIG_HOME="$KEYRING_TMP/config" XDG_CACHE_HOME="$KEYRING_TMP/cache" \
        gnome-keyring-daemon --foreground --unlock --components=secrets >>"$KEYRING_TMP/daemon.log" 2>&1 &
    daemon_pid=$!
    wait_for_secret_service
}

stop_daemon() {
    if [[ -n "${daemon_pid:-}" ]]; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
        daemon_pid=
    fi
}

in_session() {
    local mode=$1
    shift
    daemon_pid=
    trap stop_daemon EXIT
    case "$mode" in
    unlocked)
        start_daemon "console-test-keyring"
        # Smoke test of the whole chain (libsecret -> D-Bus -> gnome-keyring), so a broken keyring fails here with
        # a clear message rather than as a puzzling test failure.
        if ! printf x | secret-tool store --label=with-keyring-smoke with-keyring smoke ||
            [[ "$(secret-tool lookup with-keyring smoke)" != x ]] || ! secret-tool clear with-keyring smoke; then
            echo "with-keyring: the private gnome-keyring does not store secrets" >&2
            cat "$KEYRING_TMP/daemon.log" >&2 || true
            exit 1
        fi
        ;;
    locked)
        # Create the login keyring with one password, then restart the daemon with another: the collection
        # stays locked and gnome-keyring still starts (build-env.md §3.4).
        start_daemon "console-test-keyring"
        printf x | secret-tool store --label=with-keyring-setup with-keyring setup
        stop_daemon
        while dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
            sleep 0.1
        done
        start_daemon "not-the-keyring-password"
        if printf x | secret-tool store --label=with-keyring-check with-keyring check 2>/dev/null; then
            echo "with-keyring: the login keyring should be locked but accepted a secret" >&2
            exit 1
        fi
        ;;
    no-secret-service) ;;
    *) usage ;;
    esac
    # The test must not inherit the daemon's stdin pipe or a stray terminal; stdin is /dev/null in CI anyway.
    local rc=0
    "$@" </dev/null || rc=$?
    stop_daemon
    exit "$rc"
}

if [[ "${1:-}" == --in-session=* ]]; then
    mode=${1#--in-session=}
    shift
    in_session "$mode" "$@"
fi

# ---- stage 1: choose the environment ----
mode=unlocked
if [[ "${1:-}" == --mode=* ]]; then
    mode=${1#--mode=}
    shift
fi
[[ $# -ge 1 ]] || usage
case "$mode" in unlocked | no-bus | no-secret-service | locked) ;; *) usage ;; esac
# Tests read it to know which keychain they are facing (and fail when started without this launcher).
export CONSOLE_KEYRING_MODE=$mode

# One hard limit for the whole run, below ctest's default test timeout of 300 s.
limit=${CONSOLE_KEYRING_TIMEOUT:-280}

KEYRING_TMP=$(mktemp -d "${TMPDIR:-/tmp}/console-keyring.XXXXXX")
export KEYRING_TMP
trap 'rm -rf "$KEYRING_TMP"' EXIT
mkdir -p "$KEYRING_TMP/data" "$KEYRING_TMP/config" "$KEYRING_TMP/cache" "$KEYRING_TMP/services"
mkdir -m 700 "$KEYRING_TMP/run"

# Never reach a bus, keyring or display of the person running the tests; choose the backend by itself
# (QtKeychain prefers KWallet when it believes it is on KDE).
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP KDE_SESSION_VERSION KDE_FULL_SESSION \
    DESKTOP_SESSION GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

rc=0
case "$mode" in
no-bus)
    timeout --kill-after=10 "$limit" "$@" </dev/null || rc=$?
    ;;
no-secret-service)
    # A session bus like the standard one, but with no service directory: nothing can be activated.
    cat >"$KEYRING_TMP/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=$KEYRING_TMP/run</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$KEYRING_TMP/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    timeout --kill-after=10 "$limit" dbus-run-session --config-file="$KEYRING_TMP/session.conf" -- \
        bash "$0" --in-session="$mode" "$@" || rc=$?
    ;;
*)
    timeout --kill-after=10 "$limit" dbus-run-session -- bash "$0" --in-session="$mode" "$@" || rc=$?
    ;;
esac
if [[ $rc -eq 124 ]]; then
    echo "with-keyring: the test did not finish within $limit s (mode $mode) and was stopped" >&2
fi
exit "$rc"
