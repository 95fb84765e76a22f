#!/usr/bin/env bash
# Runs the Rust unit and store test suites again at instants chosen to break date assumptions,
# each under a time zone other than the machine's, with libfaketime (Debian `faketime`). A test
# that reads today's date, weekday or zone instead of taking "now" as a parameter fails here,
# instead of on some days of the week in CI. The real-window tests are not run here.
#
# The test binaries are built first (already built by the test command, so this is quick); each
# binary then runs directly under faketime, not through cargo, so cargo never sees a faked clock.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v faketime >/dev/null 2>&1 || { echo "faketime-check: faketime is missing (scripts/setup.sh installs it)" >&2; exit 1; }

# "instant in UTC|zone|why this instant"
cases=(
  "2027-03-14 23:30:00 UTC|Europe/Berlin|Monday 00:30 in Berlin"
  "2027-03-14 22:30:00 UTC|Europe/Berlin|Sunday 23:30 in Berlin"
  "2027-03-27 12:00:00 UTC|Europe/Berlin|the day before the EU clocks go forward"
  "2027-03-29 12:00:00 UTC|Europe/Berlin|the day after the EU clocks go forward"
  "2027-10-30 12:00:00 UTC|Europe/Berlin|the day before the EU clocks go back"
  "2027-11-01 12:00:00 UTC|Europe/Berlin|the day after the EU clocks go back"
  "2027-03-13 20:00:00 UTC|America/Los_Angeles|the day before the US clocks go forward"
  "2027-03-15 20:00:00 UTC|America/Los_Angeles|the day after the US clocks go forward"
  "2027-11-06 20:00:00 UTC|America/Los_Angeles|the day before the US clocks go back"
  "2027-11-08 20:00:00 UTC|America/Los_Angeles|the day after the US clocks go back"
  "2027-04-03 12:00:00 UTC|Australia/Sydney|23:00 the night before Sydney's clocks go back (April)"
  "2027-04-04 14:00:00 UTC|Australia/Sydney|the day after Sydney's April switch"
  "2028-02-29 06:00:00 UTC|Asia/Kolkata|a leap day"
  "2027-12-31 23:30:00 UTC|Pacific/Auckland|23:30 UTC on New Year's Eve (already 2028 in Auckland)"
)

# The test executables of every package, except the end-to-end (real-window) tests.
mapfile -t binaries < <(
  cargo test --workspace --features e2e --no-run --message-format=json 2>/dev/null | python3 -c '
import json, os, sys
for line in sys.stdin:
    try:
        m = json.loads(line)
    except ValueError:
        continue
    if m.get("reason") != "compiler-artifact" or not m.get("executable") or not m["profile"]["test"]:
        continue
    if m["target"]["name"].startswith("e2e"):
        continue
    print(os.path.dirname(m["manifest_path"]) + "|" + m["executable"])
'
)
if [ "${#binaries[@]}" -eq 0 ]; then
  echo "faketime-check: no test binaries were built" >&2
  exit 1
fi

started=$(date +%s)
failed=()
for case in "${cases[@]}"; do
  IFS='|' read -r instant zone why <<<"$case"
  echo "faketime-check: $instant, TZ=$zone ($why)"
  for entry in "${binaries[@]}"; do
    IFS='|' read -r dir exe <<<"$entry"
    log=$(mktemp)
    # -m: the multi-threaded variant (test harness threads, tokio workers).
    # SHORTLIST_FAKED_NOW lets a store test confirm that the faked clock reaches the binaries.
    faked_now="$(date -u -d "$instant" +%Y-%m-%dT%H:%M:%SZ)"
    if ! (cd "$dir" && CARGO_MANIFEST_DIR="$dir" TZ="$zone" SHORTLIST_FAKED_NOW="$faked_now" \
      faketime -m "$instant" "$exe" -q >"$log" 2>&1); then
      echo "  FAILED: $(basename "$exe") at $instant in $zone" >&2
      grep -E "^(test .* FAILED|---- |thread '.*' panicked)|panicked at|left:|right:" "$log" | head -n 40 >&2 || true
      failed+=("$(basename "$exe") @ $instant $zone")
    fi
    rm -f "$log"
  done
done

echo "faketime-check: ${#cases[@]} instants × ${#binaries[@]} test binaries in $(( $(date +%s) - started ))s"
if [ "${#failed[@]}" -gt 0 ]; then
  printf 'faketime-check: failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
