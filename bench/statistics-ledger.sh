#!/usr/bin/env bash
# The accountability ledger at scale (issue 20): 1,000,000 ledger entries over 3 years and 120 units (the demo's
# province, cities and counties plus generated counties), then times what people open — the province's dashboard
# (every unit below, types, departments, handlers, a year's trend) and the drafting and page of the province's
# monthly report — prints the query plan of the per-unit aggregate, and times a ledger rebuild from the documents
# module (the demo's documents). Not part of the suite. Usage: bench/statistics-ledger.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=18083
pgport=54333
data=$(mktemp -d)
base="http://localhost:$port"
[ -f platform/target/sunshine-platform-exec.jar ] || ./mvnw -B -q -o -DskipTests -pl platform -am package -Dspotless.check.skip=true
java -Xmx1g -jar platform/target/sunshine-platform-exec.jar --spring.profiles.active=demo --server.port=$port \
  --sunshine.data-dir="$data" --sunshine.embedded-db.port=$pgport --sunshine.security.login-attempts-per-minute=100000 \
  --sunshine.demo.documents=120 --sunshine.demo.documents-in-background=false --sunshine.demo.statistics-history=false \
  --logging.level.root=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
psql() { command psql -h localhost -p $pgport -U postgres -d postgres -At -c "$1"; }

# 120 units: the demo's, plus counties under its cities until there are 120.
psql "insert into procuratorate (code, name, short_name, level, parent_id)
      select '19' || lpad(g::text, 4, '0'), '基准测试县' || g || '人民检察院', '基准县' || g, 'COUNTY',
             (select id from procuratorate where level = 'MUNICIPAL' order by id offset (g % 3) limit 1)
      from generate_series(1, 120 - (select count(*) from procuratorate where level <> 'SUPREME')) g" >/dev/null
units=$(psql "select count(*) from procuratorate where level <> 'SUPREME'")

# 1,000,000 entries over the 36 months before this one, spread over the units; negative ids (history).
start=$(date +%s.%N)
psql "insert into ledger_entry (document_id, case_id, unit_id, document_number, doc_type, channel, handler,
        publishable_from, due_on, due_month, state, published_on, withheld_reason, revisions, updated_at, source)
      select -g, 0, u.id, 'BENCH-' || g, (array['INDICTMENT','NON_PROSECUTION_DECISION','PROTEST'])[1 + g % 3],
             'INTERNET', 'handler' || (g % 400), d - 10, d, date_trunc('month', d)::date,
             case when g % 20 = 0 then 'OPEN' when g % 20 = 1 then 'WITHHELD' when g % 97 = 0 then 'WITHDRAWN'
                  else 'PUBLISHED' end,
             case when g % 20 > 1 then d - (g % 9) + 3 end,
             case when g % 20 = 1 then 'MINOR_OFFENDER' end, 1, now(), 'HISTORY'
      from generate_series(1, 1000000) g
      cross join lateral (select (date_trunc('month', current_date) - interval '36 months')::date
                                 + (g % 1095) as d) dd
      join (select id, row_number() over (order by id) - 1 as n from procuratorate where level <> 'SUPREME') u
        on u.n = g % $units" >/dev/null
psql "analyze ledger_entry" >/dev/null
loaded=$(date +%s.%N)
entries=$(psql "select count(*) from ledger_entry")
month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)

csrf() { curl -s -c "$1" -b "$1" "$base$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
jar="$data/staff"
t=$(csrf "$jar" /login)
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=casemgmt.province&password=Sunshine-2026&_csrf=$t" "$base/login"
timed() { curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{time_total}' "$@"; }

echo "units $units, ledger entries $entries (generated in $(printf '%.1f' "$(echo "$loaded - $start" | bc -l)") s)"
for i in 1 2 3 4 5; do echo "province dashboard $month: $(timed "$base/console/statistics?month=$month") s"; done
for i in 1 2; do echo "province dashboard, this month (counted live; the eleven before from their summaries): $(timed "$base/console/statistics") s"; done
for i in 1 2; do echo "province dashboard, other disclosure figures (loaded after the page): $(timed -H 'HX-Request: true' "$base/console/statistics/other?month=$month") s"; done
t=$(csrf "$jar" /console/statistics/reports)
draft=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' \
  -d "month=$month&_csrf=$t" "$base/console/statistics/reports")
echo "monthly report drafted (figures frozen, names, approval): $draft s"
report=$(echo "$draft" | awk '{print $3}')
for i in 1 2 3; do echo "monthly report page: $(timed "$report") s"; done
echo "overdue list of the province: $(timed "$base/console/statistics/list?month=$month&figure=OVERDUE") s"

province=$(psql "select id from procuratorate where level = 'PROVINCIAL'")
echo "--- plan of the per-unit aggregate (the dashboard's and the report's main query):"
psql "explain (analyze, buffers) select e.unit_id, count(*), count(*) filter (where e.state = 'PUBLISHED'),
        count(*) filter (where e.state = 'OPEN' and e.due_on < current_date)
      from (select * from ledger_entry where due_month = '$month-01'
            union all select l.* from monthly_plan_item p join ledger_entry l on l.document_id = p.document_id
            where p.month = '$month-01' and p.carried) e
      where e.unit_id in (select id from procuratorate where id <> $province) group by e.unit_id"

echo "--- a live count of twelve months over every unit (what the closed months' summary replaces), timing only:"
first=$(date -d "$month-01 -11 month" +%Y-%m-01)
psql "explain (analyze) select e.month, count(*), count(*) filter (where e.state = 'PUBLISHED'),
        count(*) filter (where e.state = 'WITHHELD'),
        count(*) filter (where e.state = 'OPEN' and e.due_on < least((e.month + interval '1 month')::date, current_date))
      from (select l.*, l.due_month as month from ledger_entry l where l.due_month between '$first' and '$month-01'
            union all select l.*, p.month from monthly_plan_item p join ledger_entry l on l.document_id = p.document_id
            where p.month between '$first' and '$month-01' and p.carried) e
      where e.unit_id in (select id from procuratorate) group by e.month" | tail -2

echo "--- reading one closed month's summary (what the dashboard does per month of its trend):"
psql "explain (analyze) select unit_id, doc_type, due, published from ledger_month_summary where month = '$month-01'" | tail -1
echo "--- summaries now held: $(psql "select count(*) from ledger_month_summary") rows for $(psql "select count(*) from ledger_month_summarised") months"

t=$(csrf "$jar" /console/statistics/ledger)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "admin=1&_csrf=$t" "$base/console/statistics/ledger/rebuild" || true
echo "--- ledger rebuild from the documents module (the demo's documents):"
psql "select detail from audit_entry where action = 'REBUILD_LEDGER' order by id desc limit 1"
# KEEP=1 leaves the application and its database running (port $port, database port $pgport) to look further.
if [ -n "${KEEP:-}" ]; then echo "kept running (pid $app); stop it with kill $app"; wait $app; fi
