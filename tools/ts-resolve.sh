#!/usr/bin/env bash
# tools/ts-resolve.sh [build-dir]
#
# Resolves merge or rebase conflicts in translations/*.ts: keeps the translations of both sides (lconvert
# merges them, the side being applied wins on the same message), then lets update_translations keep exactly
# the messages today's sources use. Run it while git stops on the conflict, then `git add translations` and
# continue. Finish any translation tst_translations still reports as unfinished.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
lconvert=$(command -v lconvert || echo /usr/lib/qt6/bin/lconvert)
cd "$root"
mapfile -t files < <(git diff --name-only --diff-filter=U -- 'translations/*.ts')
((${#files[@]})) || { echo "ts-resolve: no conflicted .ts file"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
    git show ":2:$f" >"$tmp/ours.ts"
    git show ":3:$f" >"$tmp/theirs.ts"
    "$lconvert" -i "$tmp/ours.ts" -i "$tmp/theirs.ts" -o "$f"
    echo "ts-resolve: merged both sides of $f"
done
cmake --build "$build" --target update_translations >/dev/null
echo "ts-resolve: done; check with tst_translations, then: git add translations"
