#!/usr/bin/env bash
# Load benchmark (issue 10, docs/adr/0017): not a test, never run by CI. It prints figures against a lower bound
# measured in the same run.
#
#   bash bench/load.sh                 # 1, 4, 16, 64 and 256 connections, 20 s each
#   DURATION=10s CONNECTIONS="16 64" bash bench/load.sh
#
# What it does: packages the jar (without the web UI), starts it with its embedded PostgreSQL in a scratch folder,
# seeds 9 municipalities x 20,000 requests with SQL (as the inbox benchmark does), signs in through the real login
# (the embedded provider's form, the authorization code flow, a session cookie) once per simulated user, as many
# users as connections, and drives real HTTP with wrk (Debian's, installed here when missing). The lower bound is
# pgbench running the district inbox's own three statements (count, page, duplicates) on the same server.
# The per-user rate limit is off: every simulated user signs in with the same two demo accounts, so one account
# carries the load of hundreds of people.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-"1 4 16 64 256"}
PER_MUNICIPALITY=${PER_MUNICIPALITY:-20000}
PORT=${PORT:-18080}
PGPORT=${PGPORT:-15432}
PASSWORD=${CASA_DEMO_PASSWORD:-casa-demo}
WORK=$(mktemp -d /tmp/casa-bench.XXXXXX)
BASE="http://localhost:$PORT"

need() { # need <command> <debian package>
	command -v "$1" >/dev/null 2>&1 && return
	if [[ "$(id -u)" -eq 0 ]]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
	else
		echo "bench/load.sh: $1 is missing: apt-get install $2" >&2
		exit 1
	fi
}
need wrk wrk
need pgbench postgresql-client
need psql postgresql-client
need curl curl

log() { printf '[load-bench] %s\n' "$*" >&2; }

if [[ -z "${SKIP_BUILD:-}" ]]; then
	log "packaging the jar (no web UI, no tests)"
	./mvnw -B -ntp -q -Dskip.npm -DskipTests package >/dev/null
fi

log "starting CASA on :$PORT, embedded PostgreSQL on :$PGPORT in $WORK"
java -jar modules/app/target/casa.jar --server.port="$PORT" --casa.security.public-url="$BASE" \
	--casa.db.embedded.data-directory="$WORK/postgres" --casa.db.embedded.port="$PGPORT" \
	--casa.rate-limit.requests-per-second=0 \
	>"$WORK/casa.log" 2>&1 &
CASA_PID=$!
stop() { local status=$?; kill $CASA_PID 2>/dev/null || true; wait $CASA_PID 2>/dev/null || true; rm -rf "$WORK"; exit $status; }
trap stop EXIT
for _ in $(seq 1 300); do
	curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 $CASA_PID 2>/dev/null || { log "CASA did not start:"; tail -40 "$WORK/casa.log" >&2; exit 1; }
	sleep 1
done
curl -fs "$BASE/actuator/health/readiness" >/dev/null || { log "CASA not ready after 300 s"; exit 1; }

export PGHOST=localhost PGPORT PGUSER=postgres PGDATABASE=casa
TENANTS=$(psql -Atc "SELECT string_agg(id, ',' ORDER BY id) FROM district.tenant WHERE kind = 'MUNICIPALITY' AND enabled")
log "seeding $PER_MUNICIPALITY requests in each of: $TENANTS"
for tenant in ${TENANTS//,/ }; do
	psql -q -v ON_ERROR_STOP=1 -v tenant="$tenant" -v n="$PER_MUNICIPALITY" -f bench/seed-inbox.sql
done
psql -q -c "VACUUM ANALYZE district.casework_inbox" -c "VACUUM ANALYZE district.casework_person_index"

# One session per simulated user: the login form of the embedded provider, then the authorization code flow.
sign_in() { # sign_in <username> <cookie file>
	local jar=$2 page csrf
	page=$(curl -s -c "$jar" -b "$jar" -L "$BASE/oauth2/authorization/casa")
	csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
	curl -s -o /dev/null -c "$jar" -b "$jar" -L --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$csrf" "$BASE/login"
	awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$jar" | tail -1
}
max_connections=$(tr ' ' '\n' <<<"$CONNECTIONS" | sort -n | tail -1)
log "signing in $max_connections agency operators and $max_connections municipal operators (melegnano)"
: >"$WORK/agency.cookies"; : >"$WORK/melegnano.cookies"
for i in $(seq 1 "$max_connections"); do
	sign_in agenzia.operatrice "$WORK/jar-a-$i" >>"$WORK/agency.cookies"
	sign_in operatore.melegnano "$WORK/jar-m-$i" >>"$WORK/melegnano.cookies"
done
check=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(head -1 "$WORK/agency.cookies")" "$BASE/api/platform/me")
[[ "$check" == 200 ]] || { log "the real login did not give a working session ($check)"; exit 1; }

# wrk: each connection uses its own user's cookie; statuses counted by class, 429 and 503 apart.
cat >"$WORK/sessions.lua" <<'LUA'
local cookies, counts, threads, n = {}, nil, {}, 0
function setup(thread) n = n + 1; thread:set("id", n); table.insert(threads, thread) end
function init(args)
	for line in io.lines(args[1]) do table.insert(cookies, line) end
	counts = { ok = 0, c429 = 0, c503 = 0, c5xx = 0, other = 0 }
	next_index = id
end
function request()
	next_index = (next_index % #cookies) + 1
	return wrk.format("GET", nil, { ["Cookie"] = cookies[next_index] })
end
function response(status)
	if status < 300 then counts.ok = counts.ok + 1
	elseif status == 429 then counts.c429 = counts.c429 + 1
	elseif status == 503 then counts.c503 = counts.c503 + 1
	elseif status >= 500 then counts.c5xx = counts.c5xx + 1
	else counts.other = counts.other + 1 end
	ok_, c429_, c503_, c5xx_, other_ = counts.ok, counts.c429, counts.c503, counts.c5xx, counts.other
end
function done(summary, latency, requests)
	local t = { ok = 0, c429 = 0, c503 = 0, c5xx = 0, other = 0 }
	for _, thread in ipairs(threads) do
		for key, _ in pairs(t) do t[key] = t[key] + (thread:get(key .. "_") or 0) end
	end
	io.write(string.format("RESULT %.1f %.1f %.1f %d %d %d %d %d\n",
		summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
		t.c5xx, summary.errors.timeout, t.c429, t.c503, t.other))
end
LUA

run_wrk() { # run_wrk <connections> <cookie file> <path>
	local threads=$(($1 < 2 ? 1 : 2))
	wrk -t"$threads" -c"$1" -d"$DURATION" --timeout 10s -s "$WORK/sessions.lua" "$BASE$3" -- "$2" | grep '^RESULT' | cut -d' ' -f2-
}

# The lower bound: the district inbox's three statements, on the same server and data, by pgbench.
TENANT_ARRAY="{$TENANTS}"
cat >"$WORK/inbox.sql" <<SQL
SELECT count(*) FROM district.casework_inbox i WHERE i.tenant_id = ANY ('$TENANT_ARRAY'::text[]) AND i.is_open;
SELECT i.case_id, i.tenant_id, i.household_id, i.reference_person, i.household_size, i.status, i.grade, i.eviction_date,
       i.filed_at, i.requested_on, i.filed_by, i.housing_situation, i.assignee_user_id
FROM district.casework_inbox i WHERE i.tenant_id = ANY ('$TENANT_ARRAY'::text[]) AND i.is_open
ORDER BY i.urgency_rank, i.eviction_date, i.requested_on, i.filed_at, i.case_id LIMIT 20 OFFSET 0;
SELECT DISTINCT p.case_id, o.tenant_id, o.case_id AS other_case_id, i.status
FROM district.casework_person_index p
JOIN district.casework_person_index o ON o.fiscal_code_hash = p.fiscal_code_hash AND o.tenant_id <> p.tenant_id
JOIN district.casework_inbox i ON i.case_id = o.case_id
WHERE p.case_id IN (SELECT case_id FROM district.casework_inbox WHERE is_open
                    ORDER BY urgency_rank, eviction_date, requested_on, filed_at, case_id LIMIT 20)
  AND o.tenant_id = ANY ('$TENANT_ARRAY'::text[]);
SQL
pgbench_tps() { # pgbench_tps <clients> -> "tps p50 p99" (ms; p50 and p99 from the per-transaction log)
	local clients=$1 threads=$(($1 < 2 ? 1 : 2))
	rm -f "$WORK"/pgbench_log.*
	(cd "$WORK" && pgbench -n -c "$clients" -j "$threads" -T "${DURATION%s}" -f inbox.sql -l --log-prefix=pgbench_log >/dev/null 2>&1) || true
	cat "$WORK"/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n | awk -v s="${DURATION%s}" '
		{ v[NR] = $1 } END { if (NR == 0) { print "0 0 0"; exit } printf "%.1f %.1f %.1f\n", NR / s, v[int(NR * 0.5) + 1], v[int(NR * 0.99) + 1] }'
}

rss_mb() { echo $(($(ps -o rss= -p $CASA_PID) / 1024)); }

log "warming up"
run_wrk 4 "$WORK/agency.cookies" "/api/casework/inbox?size=20" >/dev/null
run_wrk 4 "$WORK/melegnano.cookies" "/api/casework/inbox?size=20" >/dev/null

printf '\n| Scenario | Connections | req/s | p50 ms | p99 ms | 5xx | timeouts | 429 | 503 | other 4xx | lower bound req/s | ratio | lower bound p99 ms | RSS MB |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for c in $CONNECTIONS; do
	read -r bound bound_p50 bound_p99 <<<"$(pgbench_tps "$c")"
	for scenario in "district inbox|agency|/api/casework/inbox?size=20" \
		"municipality inbox|melegnano|/api/casework/inbox?size=20" \
		"monitoring figures|agency|/api/monitoring/figures"; do
		IFS='|' read -r name who path <<<"$scenario"
		read -r rps p50 p99 e5xx timeouts c429 c503 other <<<"$(run_wrk "$c" "$WORK/$who.cookies" "$path")"
		if [[ "$name" == "district inbox" ]]; then
			ratio=$(awk -v a="$rps" -v b="$bound" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
			lb="$bound"; lbp99="$bound_p99"
		else
			ratio="-"; lb="-"; lbp99="-"
		fi
		printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$c" "$rps" "$p50" "$p99" \
			"$e5xx" "$timeouts" "$c429" "$c503" "$other" "$lb" "$ratio" "$lbp99" "$(rss_mb)"
	done
done
