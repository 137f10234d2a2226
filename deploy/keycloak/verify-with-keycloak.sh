#!/usr/bin/env bash
# Verifies deploy/keycloak/casa-realm.json against a real Keycloak, end to end, from scratch:
#   downloads Keycloak from Maven Central, imports the realm, starts CASA against it (CASA first, while no
#   provider is reachable yet), walks the browser login (authorization code + PKCE through the backend), calls
#   the API with a bearer token, logs out at both ends, asserts what CASA sees, and stops everything it started.
#
# Not part of CI: it downloads about 165 MB and starts two JVMs (about 3-4 minutes on 2 cores).
# Needs: Java 17+ for CASA, Java 21+ for Keycloak (KEYCLOAK_JAVA_HOME), curl, unzip, openssl, python3.
#
#   deploy/keycloak/verify-with-keycloak.sh             # builds the jar first
#   SKIP_BUILD=true deploy/keycloak/verify-with-keycloak.sh
#
# Everything goes into $WORK (default /tmp/casa-keycloak-verify), never into the repository. Ports are on
# 127.0.0.1 only and can be changed: KEYCLOAK_PORT (8180), CASA_PORT (8089), CASA_DB_PORT (54399).
set -euo pipefail

KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.5.6}
KEYCLOAK_JAVA_HOME=${KEYCLOAK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
CASA_PORT=${CASA_PORT:-8089}
CASA_DB_PORT=${CASA_DB_PORT:-54399}
WORK=${WORK:-/tmp/casa-keycloak-verify}
SKIP_BUILD=${SKIP_BUILD:-false}

REPO=$(cd "$(dirname "$0")/../.." && pwd)
REALM_FILE="$REPO/deploy/keycloak/casa-realm.json"
KC_HOME="$WORK/keycloak-$KEYCLOAK_VERSION"
ISSUER="http://127.0.0.1:$KEYCLOAK_PORT/realms/casa"
OIDC="$ISSUER/protocol/openid-connect"
APP="http://localhost:$CASA_PORT"
DEMO_PASSWORD=casa-demo
# A fresh client secret per run: proves that the realm file takes it from the environment at import.
CASA_WEB_CLIENT_SECRET="verify-$(openssl rand -hex 16)"
export CASA_WEB_CLIENT_SECRET

KC_PID=""
CASA_PID=""
PASSED=0
FAILED=0

log() { printf '\n== %s\n' "$*"; }
pass() { PASSED=$((PASSED + 1)); printf '   ok    %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '   FAIL  %s\n' "$*"; }
check() { # check "description" command...
	local what=$1; shift
	if "$@"; then pass "$what"; else fail "$what"; fi
}

stop_process() { # stop_process pid name: TERM, then wait (CASA's graceful shutdown can take ~30 s), then KILL
	local pid=$1 name=$2
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq 1 90); do kill -0 "$pid" 2>/dev/null || { echo "   stopped $name"; return 0; }; sleep 1; done
	echo "   $name did not stop in 90 s: killing it"
	kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
	log "Stopping what this script started"
	stop_process "$CASA_PID" CASA
	stop_process "$KC_PID" Keycloak
}
trap cleanup EXIT

wait_for() { # wait_for seconds url pid name
	local seconds=$1 url=$2 pid=$3 name=$4
	for _ in $(seq 1 "$seconds"); do
		curl -sf -o /dev/null "$url" && return 0
		kill -0 "$pid" 2>/dev/null || { echo "$name exited; see its log in $WORK"; return 1; }
		sleep 1
	done
	echo "$name not ready after $seconds s; see its log in $WORK"
	return 1
}

for tool in curl unzip openssl python3 java; do
	command -v "$tool" >/dev/null || { echo "needs $tool on the PATH"; exit 2; }
done
[ -x "$KEYCLOAK_JAVA_HOME/bin/java" ] || { echo "Keycloak 26 needs Java 21+: set KEYCLOAK_JAVA_HOME"; exit 2; }
for port in "$KEYCLOAK_PORT" "$CASA_PORT" "$CASA_DB_PORT"; do
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use"; exit 2; fi
done

# ---- 1. Keycloak from Maven Central --------------------------------------------------------------------------
log "Keycloak $KEYCLOAK_VERSION into $WORK"
if [ -e "$WORK" ] && [ ! -e "$WORK/.casa-keycloak-verify" ]; then
	echo "$WORK exists and was not made by this script: choose another WORK"; exit 2
fi
rm -rf "$WORK"
mkdir -p "$WORK"
touch "$WORK/.casa-keycloak-verify"
(cd "$REPO" && ./mvnw -q -ntp dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
	-DoutputDirectory="$WORK")
unzip -q "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$WORK"
rm "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
mkdir -p "$KC_HOME/data/import"

# The realm file is imported as committed. Its client secret and CASA's address are placeholders with demo
# defaults (the standard http://localhost:8080); this run's values come from the environment at import.
cp "$REALM_FILE" "$KC_HOME/data/import/casa-realm.json"
python3 - "$REALM_FILE" <<'PY'
import json, sys
client = next(c for c in json.load(open(sys.argv[1]))["clients"] if c["clientId"] == "casa-web")
assert client["redirectUris"] == ["${CASA_PUBLIC_URL:http://localhost:8080}/login/oauth2/code/casa"], client["redirectUris"]
assert client["attributes"]["post.logout.redirect.uris"] == "${CASA_PUBLIC_URL:http://localhost:8080}/signed-out"
assert not client["directAccessGrantsEnabled"] and not client["implicitFlowEnabled"] and client["standardFlowEnabled"]
assert client["attributes"]["pkce.code.challenge.method"] == "S256" and not client["frontchannelLogout"]
PY
pass "the committed realm keeps the standard http://localhost:8080 addresses as its defaults"

# ---- 2. CASA, started before the provider is reachable ---------------------------------------------------------
if [ "$SKIP_BUILD" != true ]; then
	log "Building CASA (./mvnw -q -ntp -DskipTests package)"
	(cd "$REPO" && ./mvnw -q -ntp -DskipTests package)
fi
log "Starting CASA on $APP (prod profile, external provider $ISSUER, which is not running yet)"
(
	cd "$REPO"
	export SPRING_PROFILES_ACTIVE=prod
	export CASA_SECURITY_OIDC_ISSUER_URI="$ISSUER"
	export CASA_SECURITY_OIDC_CLIENT_ID=casa-web
	export CASA_SECURITY_OIDC_CLIENT_SECRET="$CASA_WEB_CLIENT_SECRET"
	export CASA_SECURITY_PUBLIC_URL="$APP"
	exec java -jar modules/app/target/casa.jar --server.port="$CASA_PORT" \
		--casa.db.embedded.data-directory="$WORK/casa-data" --casa.db.embedded.port="$CASA_DB_PORT"
) >"$WORK/casa.log" 2>&1 &
CASA_PID=$!
wait_for 240 "$APP/actuator/health/readiness" "$CASA_PID" CASA
pass "CASA is ready although the identity provider is not reachable yet (discovery happens on first use)"

# ---- 3. Keycloak with the realm ------------------------------------------------------------------------------
log "Starting Keycloak on 127.0.0.1:$KEYCLOAK_PORT (start-dev, --import-realm)"
(
	export JAVA_HOME="$KEYCLOAK_JAVA_HOME"
	export KC_BOOTSTRAP_ADMIN_USERNAME=admin
	export KC_BOOTSTRAP_ADMIN_PASSWORD="$(openssl rand -hex 12)"
	export CASA_PUBLIC_URL="$APP"
	exec "$KC_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --http-host=127.0.0.1 --import-realm
) >"$WORK/keycloak.log" 2>&1 &
KC_PID=$!
wait_for 300 "$ISSUER/.well-known/openid-configuration" "$KC_PID" Keycloak
check "Keycloak imported the realm 'casa'" grep -q "Realm 'casa' imported" "$WORK/keycloak.log"
issuer=$(curl -s "$ISSUER/.well-known/openid-configuration" | python3 -c 'import json,sys; print(json.load(sys.stdin)["issuer"])')
check "the discovery document names the issuer CASA is configured with" [ "$issuer" = "$ISSUER" ]

# ---- helpers for the flows ------------------------------------------------------------------------------------
json_get() { # json_get 'python expression on d' < json
	python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"
}
claims_of() { # claims_of jwt: the payload as JSON
	python3 -c "import base64,sys; p=sys.argv[1].split('.')[1]; print(base64.urlsafe_b64decode(p+'='*(-len(p)%4)).decode())" "$1"
}
login_form_action() { # the Keycloak login form's action URL from the page on stdin
	grep -o 'id="kc-form-login"[^>]*action="[^"]*"' | sed 's/.*action="//; s/"$//; s/&amp;/\&/g'
}
cookie() { # cookie jar name
	awk -v name="$2" '$6 == name { print $7 }' "$1"
}

# The browser's way: CASA -> Keycloak login form -> credentials -> back to CASA. Leaves the session in the jar.
browser_login() { # browser_login jar username password; prints the HTTP status of CASA's callback
	local jar=$1 username=$2 password=$3 authorize page action back
	authorize=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$APP/oauth2/authorization/casa")
	page=$(curl -s -c "$jar" -b "$jar" "$authorize")
	action=$(printf '%s' "$page" | login_form_action)
	back=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
		--data-urlencode "username=$username" --data-urlencode "password=$password" "$action")
	case "$back" in
		"$APP/login/oauth2/code/casa?"*) curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" "$back" ;;
		*) echo "no-redirect" ;;
	esac
}

# A script's way: the same client's authorization code flow with PKCE, done by hand, the code exchanged with the
# client secret (the realm allows no password grant). Prints the token response.
tokens_for() { # tokens_for username
	local jar verifier challenge redirect page action back code
	jar=$(mktemp -p "$WORK")
	verifier=$(openssl rand -base64 48 | tr '+/' '-_' | tr -d '=\n')
	challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | openssl base64 -A | tr '+/' '-_' | tr -d '=')
	redirect="$APP/login/oauth2/code/casa"
	page=$(curl -s -c "$jar" -b "$jar" -G "$OIDC/auth" --data-urlencode response_type=code \
		--data-urlencode client_id=casa-web --data-urlencode "scope=openid profile" \
		--data-urlencode "redirect_uri=$redirect" --data-urlencode state=verify --data-urlencode nonce=verify \
		--data-urlencode "code_challenge=$challenge" --data-urlencode code_challenge_method=S256)
	action=$(printf '%s' "$page" | login_form_action)
	back=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
		--data-urlencode "username=$1" --data-urlencode "password=$DEMO_PASSWORD" "$action")
	code=$(printf '%s' "$back" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
	curl -s -u "casa-web:$CASA_WEB_CLIENT_SECRET" -d grant_type=authorization_code --data-urlencode "code=$code" \
		--data-urlencode "redirect_uri=$redirect" --data-urlencode "code_verifier=$verifier" "$OIDC/token"
}

# ---- 4. The browser login through CASA ------------------------------------------------------------------------
log "Browser login through CASA (BFF): operatore.melegnano"
JAR="$WORK/browser.cookies"
status=$(curl -s -o /dev/null -w '%{http_code}' "$APP/api/platform/me")
check "without a session the API answers 401 (got $status)" [ "$status" = 401 ]
authorize=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" "$APP/oauth2/authorization/casa")
check "CASA sends the browser to Keycloak's authorization endpoint" [ "${authorize%%\?*}" = "$OIDC/auth" ]
check "  with a PKCE S256 challenge" grep -q 'code_challenge_method=S256' <<<"$authorize"
check "  and a nonce" grep -q 'nonce=' <<<"$authorize"
rm -f "$JAR"
result=$(browser_login "$JAR" operatore.melegnano wrong-password)
check "a wrong password does not come back to CASA" [ "$result" = no-redirect ]
rm -f "$JAR"
result=$(browser_login "$JAR" operatore.melegnano "$DEMO_PASSWORD")
check "the right password comes back to CASA, which opens a session and goes to / (got: $result)" \
	[ "$result" = "302 $APP/" ]
me=$(curl -s -c "$JAR" -b "$JAR" "$APP/api/platform/me")
echo "   /api/platform/me: $me"
check "the session's user has the role MUNICIPAL_OPERATOR only" \
	[ "$(json_get 'd["roles"]' <<<"$me")" = "['MUNICIPAL_OPERATOR']" ]
check "the session's user is bound to melegnano" [ "$(json_get 'd["boundTenant"]' <<<"$me")" = melegnano ]
check "the session's user acts in melegnano" [ "$(json_get 'd["currentTenant"]' <<<"$me")" = melegnano ]
check "the display name comes from the name claim" [ "$(json_get 'd["displayName"]' <<<"$me")" = "Giulia Lambrugo Sala" ]
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" -H 'X-Casa-Tenant: san-donato-milanese' \
	"$APP/api/platform/me")
check "a municipal operator cannot name another municipality (got $status)" [ "$status" = 404 ]
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" -X POST "$APP/logout")
check "logout without the CSRF token is refused (got $status)" [ "$status" = 403 ]

log "Logout at CASA and at Keycloak"
xsrf=$(cookie "$JAR" XSRF-TOKEN)
end_session=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" -X POST -H "X-XSRF-TOKEN: $xsrf" "$APP/logout")
check "CASA's logout sends the browser to Keycloak's end-session endpoint" [ "${end_session%%\?*}" = "$OIDC/logout" ]
check "  with the ID token as hint" grep -q 'id_token_hint=' <<<"$end_session"
back=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" "$end_session")
check "Keycloak ends its session and returns to CASA's signed-out page (got $back)" [ "$back" = "$APP/signed-out" ]
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" "$APP/api/platform/me")
check "after logout the API answers 401 (got $status)" [ "$status" = 401 ]
authorize=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" "$APP/oauth2/authorization/casa")
check "after logout Keycloak asks for the password again (no single sign-on left)" \
	grep -q 'kc-form-login' <<<"$(curl -s -c "$JAR" -b "$JAR" "$authorize")"

log "Partner organisations: their people are refused until an administrator registers the organisation"
# casa_org carries the organisation's id; CASA keeps the organisations (docs/adr/0015), the provider only the people.
jar="$WORK/partner-before.cookies"
browser_login "$jar" partner.immobiliare "$DEMO_PASSWORD" >/dev/null
me=$(curl -s -c "$jar" -b "$jar" "$APP/api/platform/me")
check "partner.immobiliare's session is refused while its organisation is not registered ($me)" \
	[ "$(json_get '(d["status"], d["code"])' <<<"$me")" = "(403, 'organisation.unknown')" ]
admin_access=$(tokens_for agenzia.admin | json_get 'd["access_token"]')
valid_from=$(date +%F)
valid_until=$(date -d '+1 year' +%F)
for organisation in "immobiliare-lambro-casa REAL_ESTATE_AGENCY" "vettabbia-immobiliare REAL_ESTATE_AGENCY" \
	"fondazione-credito-solidale-lambro MICROCREDIT_FOUNDATION" "cooperativa-sociale-esempio AUTONOMY_TEAM_COOPERATIVE" \
	"cascina-le-gelsomine COHOUSING_OPERATOR"; do
	read -r id kind <<<"$organisation"
	status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin_access" \
		-H 'Content-Type: application/json' -d "{\"id\": \"$id\", \"name\": \"$id (demo)\", \"kind\": \"$kind\",
		\"validFrom\": \"$valid_from\", \"validUntil\": \"$valid_until\"}" "$APP/api/platform/organisations")
	check "the agency administrator registers $id, a $kind (got $status)" [ "$status" = 201 ]
done

log "Browser login of the other kinds of user"
for expectation in "agenzia.admin AGENCY_ADMIN None None" \
	"equipe.cooperativa AUTONOMY_TEAM_OPERATOR None cooperativa-sociale-esempio" \
	"partner.immobiliare PARTNER_AGENCY None immobiliare-lambro-casa" \
	"partner.vettabbia PARTNER_AGENCY None vettabbia-immobiliare" \
	"fondazione.microcredito MICROCREDIT_FOUNDATION None fondazione-credito-solidale-lambro" \
	"cohousing.cascina COHOUSING_OPERATOR None cascina-le-gelsomine"; do
	read -r username role tenant organisation <<<"$expectation"
	jar="$WORK/$username.cookies"
	browser_login "$jar" "$username" "$DEMO_PASSWORD" >/dev/null
	me=$(curl -s -c "$jar" -b "$jar" "$APP/api/platform/me")
	check "$username: roles [$role], no municipality, organisation '$organisation'" [ \
		"$(json_get '(d["roles"], str(d["boundTenant"]), str((d["organisation"] or {}).get("id")))' <<<"$me")" = \
		"(['$role'], '$tenant', '$organisation')" ]
done

log "A suspended organisation is locked out at once: its session and its token"
partner_access=$(tokens_for partner.vettabbia | json_get 'd["access_token"]')
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $partner_access" "$APP/api/platform/me")
check "partner.vettabbia's bearer token works while its organisation is active (got $status)" [ "$status" = 200 ]
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin_access" -H 'Content-Type: application/json' \
	-d '{"version": 0, "reason": "Verifica della convenzione"}' "$APP/api/platform/organisations/vettabbia-immobiliare/suspension")
check "the agency administrator suspends vettabbia-immobiliare (got $status)" [ "$status" = 200 ]
me=$(curl -s -c "$WORK/partner.vettabbia.cookies" -b "$WORK/partner.vettabbia.cookies" "$APP/api/platform/me")
check "partner.vettabbia's open session is refused right after the suspension" \
	[ "$(json_get '(d["status"], d["code"], d["organisationStatus"])' <<<"$me")" = "(403, 'organisation.locked', 'SUSPENDED')" ]
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $partner_access" "$APP/api/platform/me")
check "partner.vettabbia's still unexpired token is refused too (got $status)" [ "$status" = 403 ]
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$WORK/partner.immobiliare.cookies" -b "$WORK/partner.immobiliare.cookies" \
	"$APP/api/platform/me")
check "the other real-estate agency is not affected (got $status)" [ "$status" = 200 ]

# ---- 5. Bearer tokens for scripts and integrations ---------------------------------------------------------
log "Bearer tokens from Keycloak"
password_grant=$(curl -s -u "casa-web:$CASA_WEB_CLIENT_SECRET" -d grant_type=password -d username=agenzia.admin \
	-d "password=$DEMO_PASSWORD" -d scope=openid "$OIDC/token")
check "the realm refuses the password grant (standard flow only)" \
	[ "$(json_get 'd.get("error")' <<<"$password_grant")" = unauthorized_client ]

tokens=$(tokens_for operatore.san-donato)
access=$(json_get 'd["access_token"]' <<<"$tokens")
id_token=$(json_get 'd["id_token"]' <<<"$tokens")
claims=$(claims_of "$access")
echo "   access token claims: $(json_get '{k: d[k] for k in ("iss", "aud", "azp", "casa_roles", "casa_tenant", "name") if k in d}' <<<"$claims")"
check "the access token's audience is casa-api" [ "$(json_get 'd["aud"]' <<<"$claims")" = casa-api ]
check "the access token carries casa_roles as a list" [ "$(json_get 'd["casa_roles"]' <<<"$claims")" = "['MUNICIPAL_OPERATOR']" ]
check "the access token carries casa_tenant" [ "$(json_get 'd["casa_tenant"]' <<<"$claims")" = san-donato-milanese ]
me=$(curl -s -H "Authorization: Bearer $access" "$APP/api/platform/me")
echo "   /api/platform/me with the bearer token: $me"
check "the bearer token's user is the same kind of principal: roles" \
	[ "$(json_get 'd["roles"]' <<<"$me")" = "['MUNICIPAL_OPERATOR']" ]
check "the bearer token's user is bound to san-donato-milanese" \
	[ "$(json_get 'd["boundTenant"]' <<<"$me")" = san-donato-milanese ]
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $access" "$APP/api/platform/tenants")
check "a municipal operator's token cannot administer municipalities (got $status)" [ "$status" = 403 ]
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $id_token" "$APP/api/platform/me")
check "an ID token (audience casa-web, not casa-api) is refused as a bearer token (got $status)" [ "$status" = 401 ]
tampered="${access%.*}.$(printf 'forged' | openssl base64 -A | tr '+/' '-_' | tr -d '=')"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tampered" "$APP/api/platform/me")
check "a token with a forged signature is refused (got $status)" [ "$status" = 401 ]

tokens=$(tokens_for agenzia.admin)
access=$(json_get 'd["access_token"]' <<<"$tokens")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $access" "$APP/api/platform/tenants")
check "the agency administrator's token lists the municipalities (got $status)" [ "$status" = 200 ]
tenant=$(curl -s -H "Authorization: Bearer $access" -H 'X-Casa-Tenant: carpiano' "$APP/api/platform/me" \
	| json_get 'd["currentTenant"]')
check "agency staff choose a municipality per request (got $tenant)" [ "$tenant" = carpiano ]

# ---- result ---------------------------------------------------------------------------------------------------
log "Result"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
