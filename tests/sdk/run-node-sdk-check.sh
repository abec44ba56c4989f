#!/usr/bin/env bash
# run-node-sdk-check.sh <cronofy-sandbox> <work dir>
# Installs the official Cronofy Node SDK (npm "cronofy", pinned in package.json) into <work dir>, starts the
# sandbox on a free loopback port and runs node_sdk_check.js against it. Exits 77 (ctest: skipped) when the
# SDK cannot be installed, e.g. on a machine without access to the npm registry; any other failure is real.
set -euo pipefail
sandbox=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
cp "$here/package.json" "$here/node_sdk_check.js" "$work/"
cd "$work"
if [[ ! -d node_modules/cronofy ]]; then
  # No lockfile is committed (it would record registry addresses); package.json pins the SDK's version.
  if ! timeout 300 npm install --no-audit --no-fund --no-package-lock --loglevel=error >npm.log 2>&1; then
    echo "SKIP: npm could not install the Cronofy SDK (see $work/npm.log)."
    exit 77
  fi
fi

out=$(mktemp)
"$sandbox" --port 0 --quiet >"$out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do
  [[ $(wc -l <"$out") -ge 2 ]] && break
  sleep 0.1
done
base=$(sed -n 1p "$out")
key=$(sed -n 2p "$out" | awk '{print $NF}')
[[ $base == http://127.0.0.1:* ]] || { echo "the sandbox did not print its base URL:"; cat "$out"; exit 1; }
SANDBOX_ADMIN_KEY=$key timeout 120 node node_sdk_check.js "$base"
