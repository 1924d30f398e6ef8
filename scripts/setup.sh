#!/usr/bin/env bash
# One-command set-up for a fresh machine with only Node ≥ 20 and npm.
#
#   bash scripts/setup.sh example   install, build, and assess the bundled example organisation
#   bash scripts/setup.sh test      install, build, and run everything CI checks (pnpm ci)
#
# When the machine's Node is older than 22, Node 24 comes from the npm registry (package `node`) into
# .tools/; pnpm comes from the npm registry at the version pinned in package.json (engines.pnpm).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
task=${1:-example}

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
pnpm_version=$(node -p 'require("./package.json").engines.pnpm')

mkdir -p .tools
[ -f .tools/package.json ] || echo '{ "private": true }' > .tools/package.json
export PATH="$root/.tools/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

if [ "$(node_major)" -lt 22 ]; then
  log "Node $(node --version) is older than 22: installing Node 24 from the npm registry into .tools/"
  npm install --prefix .tools --no-audit --no-fund --loglevel=error node@24 >/dev/null
fi
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  log "installing pnpm $pnpm_version into .tools/"
  npm install --prefix .tools --no-audit --no-fund --loglevel=error "pnpm@$pnpm_version" >/dev/null
fi
log "node $(node --version), pnpm $(pnpm --version)"

# The HTML report's browser tests drive Debian's chromium (never a downloaded browser). CHROMIUM_PATH
# points at another Chromium; otherwise /usr/bin/chromium is installed with apt when missing.
ensure_chromium() {
  local path=${CHROMIUM_PATH:-/usr/bin/chromium}
  if [ -x "$path" ]; then return 0; fi
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "[setup] CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
    exit 1
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "[setup] the browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium', or set CHROMIUM_PATH" >&2
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "[setup] the browser tests need Chromium and this machine has no apt-get: install Chromium and set CHROMIUM_PATH" >&2
    exit 1
  fi
  log "installing Debian's chromium for the browser tests"
  if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium >/dev/null; }; then
    echo "[setup] could not install chromium with apt-get; install it by hand or set CHROMIUM_PATH" >&2
    exit 1
  fi
}

if [ "${CI:-}" = "true" ] || [ "$task" = "test" ]; then
  pnpm install --frozen-lockfile --reporter=silent
else
  pnpm install --frozen-lockfile --reporter=silent || pnpm install --reporter=silent
fi

case "$task" in
  example)
    pnpm exec turbo run build --filter=@sovmap/cli... --output-logs=errors-only >&2
    mkdir -p out
    node packages/cli/dist/sovmap.cjs assess examples/region-nordlys/sovmap.yaml --format md --out out/report.md
    node packages/cli/dist/sovmap.cjs assess examples/region-nordlys/sovmap.yaml --format json --out out/report.json
    node packages/cli/dist/sovmap.cjs assess examples/region-nordlys/sovmap.yaml --format html --out out/report.html
    cat out/report.md
    log "reports written to out/report.md, out/report.json and out/report.html"
    ;;
  test)
    # The CLI's terminal tests drive sovmap inside tmux (and a pty from util-linux `script`); install tmux
    # from the distribution when it is missing and we may, otherwise those tests skip with a message.
    if ! command -v tmux >/dev/null 2>&1; then
      as_root=""
      [ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && as_root="sudo -n"; }
      if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || [ -n "$as_root" ]; }; then
        log "installing tmux for the CLI's terminal tests"
        $as_root apt-get install -y -qq tmux >/dev/null 2>&1 \
          || { $as_root apt-get update -qq >/dev/null 2>&1 && $as_root apt-get install -y -qq tmux >/dev/null 2>&1; } \
          || log "could not install tmux: the CLI's tmux tests will be skipped"
      else
        log "tmux is not installed: the CLI's tmux tests will be skipped (apt-get install -y tmux)"
      fi
    fi
    ensure_chromium
    # Node 22 for the determinism test (same bytes on Node 22 and 24); ~30 MB, installed once into .tools.
    if [ ! -x .tools/node22/node_modules/.bin/node ]; then
      npm install --prefix .tools/node22 node@22 --no-audit --no-fund >/dev/null 2>&1 \
        || log "could not install Node 22: the Node 22 vs 24 determinism check will be skipped"
    fi
    pnpm run ci
    ;;
  *)
    echo "usage: bash scripts/setup.sh [example|test]" >&2
    exit 2
    ;;
esac
