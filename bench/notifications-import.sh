#!/usr/bin/env bash
# Case progress at scale: opens 3,000 grants on the demo's disclosable cases (three applicants per accused party),
# imports 10,000 procedural events on those cases through the upstream feed, waits for the push to settle, and
# compares the messages queued with the number the rule gives: one per applicant, case and (step, day).
# Prints both, and how long the push took (until Modulith's registry has no publication left open). Not part of the suite. Usage: bench/notifications-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=18082
pgport=54332
data=$(mktemp -d)
./mvnw -B -q -DskipTests -pl platform -am package -Dspotless.check.skip=true
java -Xmx1g -jar platform/target/sunshine-platform-exec.jar --spring.profiles.active=demo --server.port=$port \
  --sunshine.data-dir="$data" --sunshine.embedded-db.port=$pgport --sunshine.cases.import-token=bench-token \
  --sunshine.notifications.quiet-from=00:00 --sunshine.notifications.quiet-until=00:00 \
  --logging.level.root=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do curl -fs "localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
sleep 10   # the demo's cases load after start-up
psql() { command psql -h localhost -p $pgport -U postgres -d postgres -At -c "$1"; }

# 1,000 accused parties of disclosable demo cases (not secret, nothing screened), three applicants each.
psql "insert into applicant (mobile, created_at) select '137' || lpad(i::text, 8, '0'), now()
      from generate_series(1, 3000) i" >/dev/null
psql "insert into access_application (applicant_id, case_number, case_id, party_id, party_name, relation,
        applicant_name, id_number_hash, id_number_tail, verifying_unit_id, handling_unit_id, status, decided_by,
        decided_at, created_at)
      select a.id, p.case_number, p.case_id, p.party_id, p.name, 'PARTY', p.name, md5(a.mobile) || md5(a.mobile),
             '0000', p.unit, p.unit, 'APPROVED', 'bench', now(), now()
      from (select c.case_number, c.id case_id, q.id party_id, q.name, c.procuratorate_id unit,
                   row_number() over (order by q.id) rn
            from criminal_case c join case_party q on q.case_id = c.id
            where q.role in ('SUSPECT', 'DEFENDANT') and not c.secret
              and not exists (select 1 from screening_result r where r.case_id = c.id)
            limit 1000) p
      join applicant a on a.mobile in ('137' || lpad((p.rn * 3 - 2)::text, 8, '0'),
                                       '137' || lpad((p.rn * 3 - 1)::text, 8, '0'),
                                       '137' || lpad((p.rn * 3)::text, 8, '0'))" >/dev/null
psql "insert into case_access_grant (application_id, applicant_id, case_id, party_id, relation, query_code_hash,
        id_number_hash, granted_at, expires_at)
      select id, applicant_id, case_id, party_id, relation, md5(random()::text) || md5(random()::text),
             id_number_hash, now(), now() + interval '1 year'
      from access_application where decided_by = 'bench'" >/dev/null
grants=$(psql "select count(*) from case_access_grant g join access_application a on a.id = g.application_id
               where a.decided_by = 'bench'")

# 10,000 events: 延长期限 on distinct days since each case's acceptance, spread over the granted cases.
psql "copy (select json_build_object('record', 'event', 'caseNumber', c.case_number, 'eventId', 'BENCH-' || c.id || '-' || d,
              'partyNo', null, 'type', 'DEADLINE_EXTENDED', 'on', (current_date - d))::text
            from (select distinct c.id, c.case_number, c.accepted_on from criminal_case c
                  join case_access_grant g on g.case_id = c.id) c
            cross join generate_series(0, 400) d
            where c.accepted_on is not null and current_date - d >= c.accepted_on
            order by d, c.id limit 10000) to stdout" > "$data/events.jsonl"
events=$(wc -l < "$data/events.jsonl")
start=$(date +%s.%N)
curl -fs -X POST "localhost:$port/api/import/cases" -H 'Authorization: Bearer bench-token' \
  -H 'Content-Type: application/x-ndjson' --data-binary @"$data/events.jsonl" > "$data/report.json"
imported=$(date +%s.%N)
expected=$(psql "select coalesce(sum(a.n * e.n), 0) from
  (select g.case_id, count(distinct g.applicant_id) n from case_access_grant g
     join access_application x on x.id = g.application_id where x.decided_by = 'bench' group by g.case_id) a
  join (select case_id, count(distinct (event_type, occurred_on)) n from case_event
        where upstream_event_id like 'BENCH-%' group by case_id) e using (case_id)")
count() { psql "select count(*) from notification where template = 'case-progressed' and channel = 'INBOX'
                and recipient like 'applicant:%'"; }
# Settled when every event the import published has been handled by its listeners (Modulith's registry).
pending() { psql "select count(*) from event_publication where completion_date is null"; }
sleep 1
while [ "$(pending)" != "0" ]; do sleep 1; done
settled=$(date +%s.%N)
last=$(count)
printf 'grants %d, events sent %d (%s)\n' "$grants" "$events" "$(cat "$data/report.json")"
printf 'import %.1f s; push settled %.1f s later\n' "$(echo "$imported - $start" | bc -l)" \
  "$(echo "$settled - $imported" | bc -l)"
printf 'inbox messages expected %d, queued %d\n' "$expected" "$last"
