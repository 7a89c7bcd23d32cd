#!/usr/bin/env bash
# Drain rate of the notifications outbox: queues N SMS (default 100,000) straight into the table, as a burst of
# case events would, and times the dispatcher delivering them through the default (logging) gateway while the
# platform also serves requests (wrk on the home page when installed). Prints messages/s. Not part of the suite.
# Usage: bench/notifications-drain.sh [messages]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
port=18081
pgport=54331
data=$(mktemp -d)
./mvnw -B -q -DskipTests -pl platform -am package -Dspotless.check.skip=true
java -Xmx1g -jar platform/target/sunshine-platform-exec.jar --spring.profiles.active=demo --server.port=$port \
  --sunshine.data-dir="$data" --sunshine.embedded-db.port=$pgport --sunshine.demo.enabled=false \
  --sunshine.notifications.quiet-from=00:00 --sunshine.notifications.quiet-until=00:00 \
  --sunshine.notifications.dispatch-every=PT1S --logging.level.root=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
psql() { command psql -h localhost -p $pgport -U postgres -d postgres -At -c "$1"; }
psql "insert into notification (idempotency_key, channel, recipient, address, template, body, status, next_attempt_at,
        created_at)
      select 'bench-' || i, 'SMS', 'bench:' || i, '139' || lpad(i::text, 8, '0'), 'bench', '【阳光检务】测试消息 ' || i,
             'QUEUED', now() + interval '3 seconds', now()
      from generate_series(1, $n) i" >/dev/null
if command -v wrk >/dev/null; then wrk -t1 -c4 -d600s "http://localhost:$port/" > "$data/wrk.log" 2>&1 & fi
start=$(date +%s.%N)
while [ "$(psql "select count(*) from notification where recipient like 'bench:%' and status <> 'SENT'")" != "0" ]; do
  sleep 1
done
end=$(date +%s.%N)
secs=$(echo "$end - $start - 3" | bc -l)
printf 'drained %d SMS in %.1f s: %.0f messages/s\n' "$n" "$secs" "$(echo "$n / $secs" | bc -l)"
pkill -f "wrk -t1 -c4" 2>/dev/null || true
