#!/usr/bin/env bash
# Time to ready: the start command to /health/ready answering 200, Mentorlink's runnable server
# (server-config/target/mentorlink.jar, built by `mvn package`: the minified server with the WAR
# file, as an operator runs it; unpacked once into server-config/target/time-to-ready) and the bare
# Liberty tool of ../shared/bench/floor-liberty (built there by `mvn -q package`), alternately,
# ROUNDS times each, both on PostgreSQL at 127.0.0.1:5432 (Mentorlink's database is migrated by
# an unmeasured first start). Prints one line a start and the medians.
#   server-config/bench/time-to-ready.sh [ROUNDS]   (FLOOR=path/to/floor-liberty to move it)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
floor="${FLOOR:-../shared/bench/floor-liberty}"
jar=server-config/target/mentorlink.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
unpacked=server-config/target/time-to-ready
if [ ! -f "$unpacked/.from" ] || [ "$jar" -nt "$unpacked/.from" ]; then
  rm -rf "$unpacked" && mkdir -p "$unpacked" && unzip -q "$jar" -d "$unpacked" && touch "$unpacked/.from"
fi
wlp="$unpacked/wlp"
chmod +x "$wlp"/bin/server "$wlp"/bin/tools/* 2>/dev/null || true
[ -x "$floor/target/liberty/wlp/bin/server" ] || { echo "build $floor first: mvn -q package" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'ml_ready'" \
  | grep -q 1 || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE ml_ready"
key_file="server-config/target/time-to-ready.key"
[ -f "$key_file" ] || openssl rand -base64 32 >"$key_file"

ready() { # url -> waits until it answers 200 (at most 5 minutes)
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "not ready: $1" >&2; return 1
}
mentorlink() {
  local t0 t1
  t0=$(date +%s.%N)
  MENTORLINK_DB=postgresql MENTORLINK_DB_URL=jdbc:postgresql://127.0.0.1:5432/ml_ready \
    MENTORLINK_DB_USER=postgres MENTORLINK_DB_PASSWORD=unused MENTORLINK_HTTP_PORT=19280 \
    MENTORLINK_HTTPS_PORT=19643 MENTORLINK_MASTER_KEY="$(cat "$key_file")" \
    "$wlp/bin/server" start mentorlink >/dev/null
  ready http://localhost:19280/health/ready
  t1=$(date +%s.%N)
  "$wlp/bin/server" stop mentorlink >/dev/null
  echo "$t1 - $t0" | bc
}
bare() {
  local t0 t1
  t0=$(date +%s.%N)
  (cd "$floor" && HTTP_PORT=19082 TOOL_BASE_URL=http://localhost:19082 OPERATOR_TOKEN=benchtok \
    target/liberty/wlp/bin/server start floorServer >/dev/null)
  ready http://localhost:19082/health/ready
  t1=$(date +%s.%N)
  (cd "$floor" && target/liberty/wlp/bin/server stop floorServer >/dev/null)
  echo "$t1 - $t0" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

"$wlp/bin/server" stop mentorlink >/dev/null 2>&1 || true # not left running by an earlier run
mentorlink >/dev/null # migrates the database; not measured
bare >/dev/null       # the same warm file cache for both
m=(); b=()
for i in $(seq 1 "$rounds"); do
  b+=("$(bare)"); echo "bare tool  start $i: ${b[-1]} s"
  m+=("$(mentorlink)"); echo "mentorlink start $i: ${m[-1]} s"
done
mm=$(printf '%s\n' "${m[@]}" | median)
bm=$(printf '%s\n' "${b[@]}" | median)
echo "median: mentorlink ${mm} s, bare tool ${bm} s, ratio $(echo "scale=2; $mm / $bm" | bc)"
