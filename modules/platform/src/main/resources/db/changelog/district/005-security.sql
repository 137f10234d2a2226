--liquibase formatted sql

--changeset casa:security-authorization-server
-- Spring Authorization Server's JDBC stores (schemas of spring-security-oauth2-authorization-server 7, with
-- PostgreSQL types): registered clients, authorizations (codes, tokens) and consents survive a restart.
CREATE TABLE oauth2_registered_client (
  id                            VARCHAR(100) PRIMARY KEY,
  client_id                     VARCHAR(100) NOT NULL,
  client_id_issued_at           TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP NOT NULL,
  client_secret                 VARCHAR(200),
  client_secret_expires_at      TIMESTAMPTZ,
  client_name                   VARCHAR(200) NOT NULL,
  client_authentication_methods VARCHAR(1000) NOT NULL,
  authorization_grant_types     VARCHAR(1000) NOT NULL,
  redirect_uris                 VARCHAR(1000),
  post_logout_redirect_uris     VARCHAR(1000),
  scopes                        VARCHAR(1000) NOT NULL,
  client_settings               VARCHAR(2000) NOT NULL,
  token_settings                VARCHAR(2000) NOT NULL
);
CREATE TABLE oauth2_authorization (
  id                            VARCHAR(100) PRIMARY KEY,
  registered_client_id          VARCHAR(100) NOT NULL,
  principal_name                VARCHAR(200) NOT NULL,
  authorization_grant_type      VARCHAR(100) NOT NULL,
  authorized_scopes             VARCHAR(1000),
  attributes                    TEXT,
  state                         VARCHAR(500),
  authorization_code_value      TEXT,
  authorization_code_issued_at  TIMESTAMPTZ,
  authorization_code_expires_at TIMESTAMPTZ,
  authorization_code_metadata   TEXT,
  access_token_value            TEXT,
  access_token_issued_at        TIMESTAMPTZ,
  access_token_expires_at       TIMESTAMPTZ,
  access_token_metadata         TEXT,
  access_token_type             VARCHAR(100),
  access_token_scopes           VARCHAR(1000),
  oidc_id_token_value           TEXT,
  oidc_id_token_issued_at       TIMESTAMPTZ,
  oidc_id_token_expires_at      TIMESTAMPTZ,
  oidc_id_token_metadata        TEXT,
  refresh_token_value           TEXT,
  refresh_token_issued_at       TIMESTAMPTZ,
  refresh_token_expires_at      TIMESTAMPTZ,
  refresh_token_metadata        TEXT,
  user_code_value               TEXT,
  user_code_issued_at           TIMESTAMPTZ,
  user_code_expires_at          TIMESTAMPTZ,
  user_code_metadata            TEXT,
  device_code_value             TEXT,
  device_code_issued_at         TIMESTAMPTZ,
  device_code_expires_at        TIMESTAMPTZ,
  device_code_metadata          TEXT
);
CREATE TABLE oauth2_authorization_consent (
  registered_client_id VARCHAR(100) NOT NULL,
  principal_name       VARCHAR(200) NOT NULL,
  authorities          VARCHAR(1000) NOT NULL,
  PRIMARY KEY (registered_client_id, principal_name)
);
-- The embedded provider's token signing keys: persisted so that a restart does not invalidate issued tokens.
CREATE TABLE signing_key (
  id         TEXT PRIMARY KEY,
  jwk        TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE, DELETE ON oauth2_registered_client, oauth2_authorization, oauth2_authorization_consent TO casa_district;
GRANT SELECT, INSERT ON signing_key TO casa_district;

--changeset casa:security-http-sessions
-- Spring Session's tables: browser sessions survive a restart. The session is usually read and saved outside
-- any municipality's scope, but may be touched inside one, so both kinds of role may use it.
CREATE TABLE spring_session (
  primary_id            CHAR(36) PRIMARY KEY,
  session_id            CHAR(36) NOT NULL,
  creation_time         BIGINT NOT NULL,
  last_access_time      BIGINT NOT NULL,
  max_inactive_interval INT NOT NULL,
  expiry_time           BIGINT NOT NULL,
  principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);
CREATE TABLE spring_session_attributes (
  session_primary_id CHAR(36) NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
  attribute_name     VARCHAR(200) NOT NULL,
  attribute_bytes    BYTEA NOT NULL,
  PRIMARY KEY (session_primary_id, attribute_name)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON spring_session, spring_session_attributes TO casa_district, casa_municipalities;

--changeset casa:security-staff-directory
-- The colleagues a case's actions and assignment can name: everyone who has opened CASA (and, with the embedded
-- provider, its demo accounts). Identity providers do not list their users to applications, so CASA keeps the
-- people it has seen. Staff only: names, roles and the municipality, nothing about households.
CREATE TABLE staff_member (
  user_id      TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  roles        TEXT[] NOT NULL,
  tenant_id    TEXT,
  organisation TEXT,
  last_seen_at TIMESTAMPTZ
);
CREATE INDEX staff_member_tenant_idx ON staff_member (tenant_id);
GRANT SELECT, INSERT, UPDATE ON staff_member TO casa_district;
