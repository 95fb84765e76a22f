#!/usr/bin/env bash
# Runs every check and test: formatting, lints, UI type-check, lint and unit tests, the Rust unit
# and store tests, the bindings check, the real-window end-to-end tests under Xvfb, the unit and
# store tests again under faked clocks and zones, and a short benchmark smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { echo; echo "==> $*  ($(( $(date +%s) - started ))s)"; }

step "setup"
bash scripts/setup.sh

step "UI: type-check, lint, unit tests, build"
npm --prefix ui run typecheck
npm --prefix ui run lint
npm --prefix ui test -- --reporter=dot
npm --prefix ui run build --silent

step "Rust: format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --features e2e --quiet -- -D warnings

step "Rust: unit, store, bindings and end-to-end tests (real window under Xvfb)"
xvfb-run -a cargo test --workspace --features e2e -- --test-threads=1

step "Rust: unit and store tests again at instants that break date assumptions (faketime, other zones)"
bash scripts/faketime-check.sh

step "benchmark smoke run (figures for the README come from a release build: see README)"
bench_db="$(mktemp -d)/bench.db"
cargo run --quiet -p shortlist-cli -- bench --db "$bench_db" --candidates 20000 --samples 20
rm -rf "$(dirname "$bench_db")"
cargo run --quiet -p shortlist-cli -- bench-import --files 60 --samples 2
cargo run --quiet -p shortlist-cli -- score-parser

step "all checks passed"
