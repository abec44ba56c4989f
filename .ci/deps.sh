#!/usr/bin/env bash
# The Debian 12 packages the project needs to build, test and package. Sourced by .ci/launch and .ci/test.
# Installs only what is missing, so a second run costs nothing. Needs root or sudo.

CONSOLE_APT_PACKAGES=(
  g++ cmake ninja-build pkg-config                         # toolchain
  qt6-base-dev qt6-base-dev-tools                          # Qt Core/Gui/Widgets/Network/Sql/Test, moc/rcc/uic
  libqt6sql6-sqlite                                        # the QSQLITE driver (only Recommended by libqt6sql6)
  libqt6sql6-psql                                          # the QPSQL driver: a team's shared list on PostgreSQL
  postgresql                                               # a real PostgreSQL 15 server (with pg_trgm) for the shared-list tests
  libsqlite3-dev                                           # the kept list's fast read: the driver's own SQLite, called directly
  qt6-httpserver-dev qt6-websockets-dev                    # cronofy-sandbox (QtHttpServer needs WebSockets to configure)
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools         # Qt6LinguistTools, lupdate, lrelease
  qt6-translations-l10n                                    # Qt's own qtbase_de/fr/es.qm
  qtkeychain-qt6-dev libsecret-1-0                         # QtKeychain 0.13.2; libsecret is dlopen()ed at run time
  fonts-dejavu-core                                        # text in offscreen widgets and screenshots
  xvfb xauth openbox x11-utils                             # the layout audit under a real X server and window manager (stage 20)
  at-spi2-core python3-pyatspi                             # the accessibility tree read as a screen reader does (stage 20)
  dbus-daemon gnome-keyring libsecret-tools                # private session bus + a real Secret Service for tests
  dpkg-dev file rpm desktop-file-utils appstream           # cpack DEB/RPM, .desktop and metainfo validation
  lintian rpmlint man-db                                   # the packages' own linters; man pages as installed
  zsh fish                                                 # cronofyctl's completions tested in these shells too
  clang libclang-rt-14-dev                                 # libFuzzer targets and the sanitizer runtime
  wrk                                                      # bench/bulk: raw HTTP capacity of the sandbox (bench_bulk)
)

console_install_deps() {
  local missing=() p
  for p in "${CONSOLE_APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
