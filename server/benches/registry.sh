#!/usr/bin/env bash
# The registry API benchmark. Builds the release server, loads a fresh SQLite database with
# synthetic clinics and apps (`server bench-seed`), starts the server on a free loopback
# port, checks a sample of its responses, then measures with wrk: client reads, clinic
# decisions, secret verifications, and the same client JSON served as a static file by the
# same server. Prints requests per second for each and the registry-to-static ratio.
#
# Settings, from the environment:
#   BENCH_APPS (10000), BENCH_CLINICS (1000)  the population bench-seed loads
#   BENCH_DURATION (20s)                      how long each wrk run lasts
#   BENCH_THREADS (2), BENCH_CONNECTIONS (32) wrk's threads and open connections
#   BENCH_KEEP=1                              keep the scratch folder and the server log
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../.ci/env"
cd "$repo_root"

apps=${BENCH_APPS:-10000}
clinics=${BENCH_CLINICS:-1000}
duration=${BENCH_DURATION:-20s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}

server_pid=""
work_dir=$(mktemp -d /tmp/veracity-bench.XXXXXX)
cleanup() {
  [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
  if [ "${BENCH_KEEP:-}" = 1 ]; then echo "bench: kept $work_dir"; else rm -rf "$work_dir"; fi
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "bench: installing Debian's wrk"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk
fi

# The registry needs no browser bundle, so only the server is built. LEPTOS_OUTPUT_NAME is
# the value cargo-leptos sets, so this build shares its artifacts with
# `cargo leptos build --release`.
echo "bench: building the release server"
LEPTOS_OUTPUT_NAME=veracity cargo build --release -p server --locked
server="$repo_root/target/release/server"

port=$(free_port)
base="http://127.0.0.1:$port"
seed_dir="$work_dir/seed"
# The server runs in the scratch folder, so a developer's veracity.toml is not read. The
# token rate limit is raised to its maximum so the limiter never returns 429 here.
portal_env=(
  env -u DATABASE_URL
  VERACITY_LISTEN_ADDR="127.0.0.1:$port"
  VERACITY_PUBLIC_URL="$base"
  VERACITY_DATA_DIR="$work_dir/data"
  VERACITY_REGISTRY__TOKEN_REQUESTS_PER_MINUTE=4294967295
  LEPTOS_SITE_ROOT="$seed_dir/site"
)

echo "bench: loading $apps apps and $clinics clinics"
(cd "$work_dir" && "${portal_env[@]}" "$server" bench-seed --apps "$apps" \
  --clinics "$clinics" --out "$seed_dir")

(cd "$work_dir" && exec "${portal_env[@]}" "$server" >"$work_dir/server.log" 2>&1) &
server_pid=$!
wait_for_http "$base/healthz" 60 || { cat "$work_dir/server.log"; exit 1; }

python3 server/benches/registry_check.py "$base" "$seed_dir"

# Runs wrk for one kind of request and prints its summary line: requests per second,
# latency, and the count of non-2xx responses and socket errors.
measure() {
  local mode=$1 url=$2 load output rate
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  output=$(BENCH_MODE=$mode BENCH_DIR=$seed_dir wrk --latency -t"$threads" -c"$connections" \
    -d"$duration" -s server/benches/registry.lua "$url")
  rate=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$output")
  printf '%-10s %10s req/s  latency p50 %s p99 %s  non-2xx %s  socket errors %s  load %s\n' \
    "$mode" "$rate" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$output")" \
    "$(awk '$1 == "99%" { print $2 }' <<<"$output")" \
    "$(awk '/Non-2xx/ { print $NF }' <<<"$output" | grep . || echo 0)" \
    "$(awk '/Socket errors/ { print $0 }' <<<"$output" | sed 's/.*errors: //' | grep . || echo none)" \
    "$load"
  echo "$rate" >"$work_dir/$mode.rate"
}

echo "bench: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "bench: wrk -t$threads -c$connections -d$duration against $base; load average is before each run"
# A short unmeasured run fills the SQLite page cache and the connection pool.
BENCH_MODE=reads BENCH_DIR=$seed_dir wrk -t1 -c4 -d3s -s server/benches/registry.lua "$base" >/dev/null
measure static "$base"
measure reads "$base"
measure decisions "$base"
measure secrets "$base"

ratio=$(awk -v r="$(cat "$work_dir/reads.rate")" -v s="$(cat "$work_dir/static.rate")" \
  'BEGIN { printf "%.2f", r / s }')
echo "bench: registry client reads / static file of the same JSON = $ratio"
