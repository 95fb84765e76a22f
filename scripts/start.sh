#!/usr/bin/env bash
# Builds and starts Shortlist on its local database (in the OS app-data folder, or the path in
# SHORTLIST_DB / after --db). Pass --demo to load the demo dataset into a database that does not
# have it yet; the app's empty screens and Settings also offer "Load demo data".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm --prefix ui run build --silent
cargo build --quiet --bin shortlist
exec ./target/debug/shortlist "$@"
