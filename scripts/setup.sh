#!/usr/bin/env bash
# Installs what Shortlist needs to build, run and test on Debian/Ubuntu: system packages (with
# sudo when not root), the UI's npm packages and tauri-driver. Safe to run again: it only
# installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1 || { echo "setup: $1 is required ($2)" >&2; exit 1; }; }
need cargo "install Rust from https://rustup.rs"
need npm "install Node.js 20 or newer"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Tauri (WebKitGTK), the real-window tests (Xvfb, WebKitWebDriver) and screenshots; pdftotext
# (poppler-utils) reads the offer letters back in the document tests; faketime runs the unit and
# store tests again at awkward instants and zones (scripts/faketime-check.sh).
packages=(libwebkit2gtk-4.1-dev build-essential pkg-config curl file xvfb xauth webkit2gtk-driver poppler-utils procps faketime)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: missing ${missing[*]}; on this OS install the Tauri prerequisites by hand (see README)" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The UI's packages at their locked versions. (`npm install`, not `npm ci`: npm 11 leaves
# platform-only optional packages such as Vite's Windows helper out of the lock, and `npm ci`
# then refuses the lock as out of sync.)
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing UI packages"
  npm install --prefix ui --no-audit --no-fund --loglevel=error
fi

# The WebDriver bridge for the real-window tests.
if [ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --version 2.1.0 --quiet
fi

# An independent iCalendar parser (Python's `icalendar`) that the invite tests read our .ics with.
if ! python3 -c "import icalendar" >/dev/null 2>&1; then
  echo "setup: installing the icalendar Python package (for the invite tests)"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "icalendar==7.3.2" \
    || python3 -m pip install --quiet --user "icalendar==7.3.2"
fi

# An independent DOCX reader (Python's `python-docx`) that the offer letter tests read our .docx with.
if ! python3 -c "import docx" >/dev/null 2>&1; then
  echo "setup: installing the python-docx package (for the offer letter tests)"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "python-docx==1.2.0" \
    || python3 -m pip install --quiet --user "python-docx==1.2.0"
fi
