#!/usr/bin/env bash
# Runs one of the project's npm scripts on any machine: uses the system Node when it is new enough
# for Astro 7 (>= 22.12), otherwise installs a pinned Node from the npm registry into .tools/node.
# Installs dependencies from the lock file when they are missing or stale.
#   bash scripts/run.sh start   # install, build, serve on http://localhost:4321
#   bash scripts/run.sh test    # the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_PIN=24.21.0
node_ok() { "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null; }

if ! command -v node >/dev/null || ! node_ok node; then
  local_bin="$PWD/.tools/node/node_modules/.bin"
  if [ ! -x "$local_bin/node" ] || ! node_ok "$local_bin/node"; then
    command -v npm >/dev/null || { echo "run.sh: neither Node >= 22.12 nor npm is installed; install Node.js 22.12 or newer." >&2; exit 1; }
    echo "run.sh: system Node $(node --version 2>/dev/null || echo none) is too old for Astro 7; installing Node $NODE_PIN into .tools/node"
    npm install --prefix .tools/node --no-save --no-audit --no-fund --loglevel=error "node@$NODE_PIN" >/dev/null
  fi
  export PATH="$local_bin:$PATH"
fi
echo "run.sh: using Node $(node --version)"

# Dependencies: exactly the lock file. npm ci when node_modules is missing or older than the lock.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = test ] || [ "${1:-}" = test:e2e ] || [ "${1:-}" = bench ]; then
  bash scripts/ensure-browser.sh
fi

exec npm run "$@"
