# Shared by the load benchmarks: start the platform from its jar with demo data on a throw-away data directory, then
# sign an applicant in by SMS, apply for a demo case and have 案管 approve it. Leaves: $base, $app (pid), $data,
# $grant (grant id), $cookie (the applicant's session), $staff (案管's cookie jar), psql().
# Source it after `set -euo pipefail` and `cd` to the repository root.
port=${PORT:-18080}
pgport=${PGPORT:-54329}
data=$(mktemp -d)
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk"; exit 1; }
./mvnw -B -q -DskipTests -pl platform -am package -Dspotless.check.skip=true
java -Xmx1g -jar platform/target/sunshine-platform-exec.jar --spring.profiles.active=demo --server.port=$port \
  --sunshine.data-dir="$data" --sunshine.embedded-db.port=$pgport --sunshine.security.login-attempts-per-minute=100000 \
  --sunshine.access.codes-per-hour=1000 --logging.level.root=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
sleep 5   # demo cases load after start-up
psql() { command psql -h localhost -p $pgport -U postgres -d postgres -At -c "$1"; }
base="http://localhost:$port"
jar=$(mktemp); staff=$(mktemp)
csrf() { curl -s -c "$1" -b "$1" "$base$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
# A case a lawyer can follow, and its first suspect.
row=$(psql "select c.case_number || '|' || p.name from criminal_case c join case_party p on p.case_id = c.id
  where p.role = 'SUSPECT' and not exists (select 1 from screening_result r where r.case_id = c.id)
  and c.procuratorate_id = (select id from procuratorate where code = '140105') limit 1")
number=${row%%|*}; party=${row##*|}
unit=$(psql "select id from procuratorate where code = '140105'")
# The applicant signs in with an SMS code read from the outbox, and applies.
t=$(csrf "$jar" /access); curl -s -c "$jar" -b "$jar" -o /dev/null -d "mobile=13911112222&_csrf=$t" "$base/access/code"
code=$(psql "select substring(body from '验证码为 ([0-9]{6})') from notification where address = '13911112222' and channel = 'SMS' order by id desc limit 1")
curl -s -c "$jar" -b "$jar" -o /dev/null -d "mobile=13911112222&code=$code&_csrf=$t" "$base/access/login"
pdf=$(mktemp --suffix=.pdf); echo "%PDF-1.4 bench" > "$pdf"
t=$(csrf "$jar" /access/apply)
curl -s -c "$jar" -b "$jar" -o /dev/null -F "_csrf=$t" -F "caseNumber=$number" -F "partyName=$party" \
  -F relation=PARTY -F "applicantName=$party" -F idNumber=140105199001011234 -F "verifyingUnitId=$unit" \
  -F "material_ID_CARD=@$pdf;type=application/pdf" "$base/access/apply"
# 案管 approves.
t=$(csrf "$staff" /login); curl -s -c "$staff" -b "$staff" -o /dev/null -d "username=casemgmt&password=Sunshine-2026&_csrf=$t" "$base/login"
app_id=$(psql "select max(id) from access_application")
t=$(csrf "$staff" "/console/access/applications/$app_id")
curl -s -c "$staff" -b "$staff" -o /dev/null -d "verdict=APPROVE&_csrf=$t" "$base/console/access/applications/$app_id/decision"
grant=$(psql "select max(id) from case_access_grant")
cookie=$(grep JSESSIONID "$jar" | awk '{print $7}')
curl -fs -H "Cookie: JSESSIONID=$cookie" "$base/api/v1/access/grants/$grant" | head -c 200; echo
