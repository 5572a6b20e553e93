#!/usr/bin/env bash
# Set up Radar in ./.venv on a fresh machine.
#   bash scripts/setup.sh          core install: enough for `radar demo` and daily runs
#   bash scripts/setup.sh --dev    + test tools, the scale-out extra (PostgreSQL, Redis,
#                                  scheduler, workers), the optional ML extra (CPU torch) and
#                                  Debian's Chromium for the browser tests and slapd for
#                                  the LDAP sign-in tests
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "setup: Python 3.11 or newer is required ($("$PY" --version 2>&1))" >&2; exit 2; }

[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip wheel setuptools

if [ "$dev" = 1 ]; then
  # Browser tests drive Debian's Chromium through Playwright; Playwright never downloads one.
  if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
      echo "setup: could not install chromium; browser tests will be skipped" >&2
  fi
  # Directory sign-in tests start a throwaway OpenLDAP server (Debian's slapd) on 127.0.0.1.
  if [ ! -x /usr/sbin/slapd ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slapd >/dev/null) || \
      echo "setup: could not install slapd; the LDAP sign-in tests will fail in CI" >&2
  fi
  # The CPU build of torch: asking for this exact version takes the wheel the machine
  # provides instead of a multi-GB CUDA download. The ml extra then installs nothing more.
  .venv/bin/python -m pip install --quiet "torch==2.13.0" || \
    echo "setup: torch 2.13.0 not available; the optional ML tests will be skipped" >&2
  .venv/bin/python -m pip install --quiet -e ".[dev,ml,scale]" || .venv/bin/python -m pip install --quiet -e ".[dev,scale]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
echo "setup: ready (.venv/bin/radar)" >&2
