#!/usr/bin/env bash
# Stage 50: the Linux installers, checked the way an admin uses them. Validates the .desktop file and the
# AppStream metainfo, builds the .deb and the .rpm, runs lintian (no error, no warning) and rpmlint on them,
# checks their dependencies, installs the .deb with apt (which resolves dependencies, unlike dpkg -i), runs
# the installed programs and their man pages, removes the package and checks that its files are gone.
# Env (from .ci/test): BUILD, JOBS, ROOT.
#
# It packages the main build ($BUILD) instead of configuring a separate Release tree: the DEB and RPM
# generators install under CPACK_PACKAGING_INSTALL_PREFIX (/usr by default) whatever CMAKE_INSTALL_PREFIX
# says, and CPACK_STRIP_FILES drops the debug info, so the binaries CI just tested are the ones packaged.
# A second tree would rebuild everything (5+ minutes on 2 cores) to check the same install rules.
set -euo pipefail
cd "${ROOT:-$(dirname "$0")/../..}"
BUILD=${BUILD:-build}
BUILD=$(cd "$BUILD" && pwd)
ID=org.cronofyconsole.CronofyConsole
PACKAGE=cronofy-console
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
fail() { echo "50-packages: $*" >&2; exit 1; }

echo "--- desktop-file-validate packaging/linux/$ID.desktop"
desktop-file-validate "packaging/linux/$ID.desktop"
echo "--- appstreamcli validate --no-net packaging/linux/$ID.metainfo.xml"
appstreamcli validate --no-net "packaging/linux/$ID.metainfo.xml"

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")
[[ -n $version ]] || fail "no CPackConfig.cmake in $BUILD: is packaging/ part of the build?"
grep -q "<release version=\"$version\"" "packaging/linux/$ID.metainfo.xml" \
  || fail "the metainfo has no <release version=\"$version\">: add the release of the CMake project version."

# The programs this build has; each must be in the package and run once installed.
# (packaging/CMakeLists.txt writes the list at configure time; stale binaries in $BUILD do not count.)
declare -A built=()
while read -r program; do
  [[ -n $program ]] && built[$program]=1
done <"$BUILD/packaging/programs.txt"
if ((${#built[@]} == 0)); then
  echo "No program is built yet: nothing to package."
  exit 0
fi
echo "Programs in this build: ${!built[*]}"

out=$BUILD/packages
rm -rf "$out"
mkdir -p "$out"
(cd "$BUILD" && cpack -G DEB -B "$out" && cpack -G RPM -B "$out")
deb=$(ls "$out"/${PACKAGE}_"$version"_*.deb)
rpm=$(ls "$out"/$PACKAGE-"$version"-*.rpm)

echo "--- $deb"
dpkg-deb -I "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
for dep in libsecret-1-0 libqt6sql6-sqlite libqt6core6; do
  grep -qx "$dep" <<<"$names" || fail "Depends lacks $dep"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
tr ',' '\n' <<<"$recommends" | sed 's/^ *//;s/ *$//' | grep -qx 'gnome-keyring | kwalletmanager' \
  || fail "Recommends lacks 'gnome-keyring | kwalletmanager' (a keychain service to store secrets in)"
# The QPSQL driver (a team's shared list) is recommended, never a hard dependency: the default list is SQLite.
tr ',' '\n' <<<"$recommends" | awk '{print $1}' | grep -qx libqt6sql6-psql \
  || fail "Recommends lacks libqt6sql6-psql (the QPSQL driver of a shared list on PostgreSQL)"
grep -qx libqt6sql6-psql <<<"$names" && fail "Depends has libqt6sql6-psql: the shared list is optional (Recommends)"
# Debian's own checks: no error and no warning (info and pedantic tags are shown, not counted).
echo "--- lintian $deb"
lintian --fail-on error,warning --display-info "$deb" \
  || fail "lintian reports errors or warnings on $(basename "$deb") (see above)"

echo "--- $rpm"
# rpmlint, where this Debian has it (.ci/deps.sh installs it): no error (warnings are shown).
if command -v rpmlint >/dev/null; then
  rpmlint -c "$ROOT/packaging/linux/rpmlint.toml" "$rpm" || fail "rpmlint reports errors on $(basename "$rpm") (see above)"
fi
requires=$(rpm -qpR "$rpm")
echo "$requires"
grep -qx 'libsecret-1.so.0()(64bit)' <<<"$requires" || fail "the RPM does not require libsecret (libsecret-1.so.0)"
grep -q '^libqt6keychain\.so' <<<"$requires" || fail "the RPM's automatic requirements lack QtKeychain"

# What the package must hold: every built program, plus the desktop integration with the window.
files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {sub(/^\./, "", $6); print $6}')
expected=()
for program in "${!built[@]}"; do expected+=("/usr/bin/$program"); done
if [[ -n ${built[cronofy-console]:-} ]]; then
  expected+=("/usr/share/applications/$ID.desktop" "/usr/share/metainfo/$ID.metainfo.xml"
             "/usr/share/icons/hicolor/scalable/apps/$ID.svg")
  for size in 16 24 32 48 64 128 256 512; do expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"); done
fi
# Every program's manual page, and the changelog Debian wants.
for program in "${!built[@]}"; do expected+=("/usr/share/man/man1/$program.1.gz"); done
expected+=("/usr/share/doc/$PACKAGE/changelog.gz" "/usr/share/doc/$PACKAGE/copyright")
# cronofyctl's completions, where bash-completion, zsh (Debian's and Fedora's $fpath) and fish look.
completions=(/usr/share/bash-completion/completions/cronofyctl /usr/share/zsh/vendor-completions/_cronofyctl
             /usr/share/zsh/site-functions/_cronofyctl /usr/share/fish/vendor_completions.d/cronofyctl.fish)
[[ -n ${built[cronofyctl]:-} ]] && expected+=("${completions[@]}")
for file in "${expected[@]}"; do
  grep -qx "$file" <<<"$files" || fail "the .deb lacks $file"
done
grep -q "^/usr/lib/" <<<"$files" && fail "the .deb installs into /usr/lib: only programs and data belong in it"
# The RPM holds the same files as the .deb (one set of install rules), and claims no system directory.
rpm_files=$(rpm -qpl "$rpm")
for file in "${expected[@]}"; do
  grep -qx "$file" <<<"$rpm_files" || fail "the .rpm lacks $file"
done
for dir in /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor /usr/bin; do
  grep -qx "$dir" <<<"$rpm_files" && fail "the .rpm claims the system directory $dir"
done

# Install as an admin would, run what was installed, remove it again (also when a check fails).
installed=0
cleanup() { ((installed)) && "${sudo[@]}" apt-get remove -y -q "$PACKAGE" >/dev/null || true; rm -rf "${home:-}"; }
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -q --reinstall --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb"
installed=1
dpkg-query -W -f='${Status} ${Version}\n' "$PACKAGE" | grep -q "^install ok installed $version" \
  || fail "$PACKAGE $version is not installed after apt-get install"

home=$(mktemp -d)
run() { # run the installed program in a throwaway home, with a time limit, and show what it printed
  echo "--- $*"
  env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen timeout 60 "$@" >"$home/out" 2>&1 \
    || { cat "$home/out"; fail "$* failed"; }
  cat "$home/out"
  [[ -s $home/out ]] || fail "$* printed nothing"
}
mkdir -m 700 "$home/run"
[[ -n ${built[cronofy-console]:-} ]] && { run /usr/bin/cronofy-console --version; grep -q "$version" "$home/out" || fail "cronofy-console --version does not say $version"; }
[[ -n ${built[cronofyctl]:-} ]] && run /usr/bin/cronofyctl --help
[[ -n ${built[cronofy-sandbox]:-} ]] && run /usr/bin/cronofy-sandbox --help
# "man PROGRAM" as an admin types it: found through the system's man path and rendered.
for program in "${!built[@]}"; do
  echo "--- man $program"
  page=$(MANPAGER=cat MANWIDTH=80 man "$program" 2>&1) || { echo "$page"; fail "man $program failed"; }
  grep -q "^NAME" <<<"$page" && grep -q "$program" <<<"$page" || { echo "$page"; fail "man $program shows no page"; }
  head -n 8 <<<"$page"
done

if [[ -n ${built[cronofyctl]:-} ]]; then
  echo "--- bash completion of the installed cronofyctl"
  words=$(bash -c 'source /usr/share/bash-completion/completions/cronofyctl && complete -p cronofyctl &&
    COMP_WORDS=(cronofyctl cal) COMP_CWORD=1 && _cronofyctl && echo "${COMPREPLY[*]}"') \
    || fail "the installed bash completion does not load"
  echo "$words"
  [[ $(tail -n 1 <<<"$words") == calendar ]] || fail "the installed bash completion does not complete 'cronofyctl cal'"
fi

echo "--- apt-get remove $PACKAGE"
"${sudo[@]}" apt-get remove -y -q -o DPkg::Lock::Timeout=300 "$PACKAGE"
installed=0
left=()
while read -r file; do [[ -n $file && -e $file ]] && left+=("$file"); done <<<"$files"
((${#left[@]} == 0)) || fail "files left after removing $PACKAGE: ${left[*]}"
echo "Packages OK: $(basename "$deb"), $(basename "$rpm")"
