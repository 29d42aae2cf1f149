#!/usr/bin/env bash
# Packages the tests need from Debian (idempotent; quick when already installed).
set -euo pipefail
need=()
for p in xz-utils sqlite3; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
