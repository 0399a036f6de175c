#!/usr/bin/env bash
# Runs schemathesis against the registry API of a throwaway portal on 127.0.0.1: builds the
# server, creates an administrator, signs in, creates a registry token through the admin
# form, and runs every check on every operation of /registry/v1/openapi.json.
#
# Needs schemathesis on PATH or in $SCHEMATHESIS, such as a venv made with
#   python3 -m venv /tmp/st-venv && /tmp/st-venv/bin/pip install schemathesis
#   SCHEMATHESIS=/tmp/st-venv/bin/schemathesis server/tests/schemathesis.sh
# Extra arguments go to `schemathesis run`, such as --max-examples 50.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$repo_root/.ci/env"
schemathesis=${SCHEMATHESIS:-schemathesis}

cargo build --quiet -p server --bin server
work_dir=$(mktemp -d /tmp/veracity-schemathesis.XXXXXX)
server_pid=""
cleanup() {
  [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
  rm -rf "$work_dir"
}
trap cleanup EXIT

port=$(free_port)
base="http://127.0.0.1:$port"
admin_email=admin@example.com
admin_password="schemathesis administrator passphrase"
portal_env=(
  env -u DATABASE_URL
  VERACITY_LISTEN_ADDR="127.0.0.1:$port"
  VERACITY_PUBLIC_URL="$base"
  VERACITY_DATA_DIR="$work_dir/data"
  VERACITY_SMTP__HOST=127.0.0.1
  VERACITY_SMTP__PORT=9
  VERACITY_SMTP__SECURITY=none
)
server="$repo_root/target/debug/server"
(cd "$work_dir" && VERACITY_ADMIN_PASSWORD="$admin_password" "${portal_env[@]}" \
  "$server" create-admin --email "$admin_email" --name "Pat Admin" >/dev/null)
(cd "$work_dir" && exec "${portal_env[@]}" "$server" >"$work_dir/server.log" 2>&1) &
server_pid=$!
wait_for_http "$base/healthz" 60 || { cat "$work_dir/server.log"; exit 1; }

# Sign in and create a token through the admin form, as a platform administrator would.
cookies="$work_dir/cookies.txt"
curl -fsS -o /dev/null -c "$cookies" -H "Origin: $base" \
  --data-urlencode "email=$admin_email" --data-urlencode "password=$admin_password" \
  "$base/api/sign_in"
token=$(curl -fsS -b "$cookies" -H "Origin: $base" --data-urlencode "label=schemathesis" \
  "$base/admin/registry-tokens" | sed -n 's/.*id="registry-token">\([^<]*\)<.*/\1/p')
[ -n "$token" ] || { echo "error: no registry token was created" >&2; exit 1; }

# schemathesis keeps its state in ./.schemathesis, so it runs in the scratch folder.
schemathesis=$(command -v "$schemathesis")
cd "$work_dir"
"$schemathesis" run "$base/registry/v1/openapi.json" \
  -H "Authorization: Bearer $token" --checks all "$@"
