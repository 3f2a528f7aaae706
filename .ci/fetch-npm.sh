#!/usr/bin/env bash
# Fetch one npm package tarball with the ordinary npm client and unpack it into DEST.
# Usage: .ci/fetch-npm.sh NAME@VERSION DEST
# Installs Node.js/npm from Debian when npm is missing (a clean machine may only have Python).
set -euo pipefail
spec="$1"
dest="$2"
if [ -f "$dest/package.json" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: installing Debian's nodejs and npm" >&2
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$spec" >/dev/null)
mkdir -p "$dest.partial"
tar -xzf "$tmp"/*.tgz -C "$dest.partial" --strip-components=1
rm -rf "$dest"
mv "$dest.partial" "$dest"
echo "fetched $spec into $dest"
