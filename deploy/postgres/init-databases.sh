#!/bin/bash
# Runs once, when the PostgreSQL volume is still empty (the image's /docker-entrypoint-initdb.d).
# CASA's user owns its database and may create roles: CASA creates one schema and one NOLOGIN role per
# municipality (docs/adr/0001). Keycloak gets a database of its own. Neither may connect to the other's.
# The image may source this file rather than run it: no "set -u", which would stay on in its entrypoint.
set -eo pipefail
: "${CASA_DB_PASSWORD:?}" "${KEYCLOAK_DB_PASSWORD:?}"
psql --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
	--set casa_password="$CASA_DB_PASSWORD" --set keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE casa LOGIN CREATEROLE PASSWORD :'casa_password';
CREATE DATABASE casa OWNER casa;
REVOKE ALL ON DATABASE casa FROM PUBLIC;
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL
