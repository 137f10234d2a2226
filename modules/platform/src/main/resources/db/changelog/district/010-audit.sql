--liquibase formatted sql

-- The audit trail (docs/adr/0006): who accessed which record, when, in which municipality and why.
-- Ids and record types only, never personal data. Rows are appended only through append_audit_event(), which
-- chains each row to the previous one by hash; no application role may write the table directly, and triggers
-- refuse UPDATE, DELETE and TRUNCATE even to the owner.

--changeset casa:audit-event-table
CREATE TABLE audit_event (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at   TIMESTAMPTZ NOT NULL,
  actor         TEXT NOT NULL CHECK (char_length(actor) BETWEEN 1 AND 200),
  actor_roles   TEXT[] NOT NULL,
  -- NULL: district-level access (no municipality chosen).
  tenant        TEXT CHECK (char_length(tenant) BETWEEN 1 AND 60),
  action        TEXT NOT NULL CHECK (action IN ('READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT')),
  record_type   TEXT NOT NULL CHECK (char_length(record_type) BETWEEN 1 AND 100),
  record_id     TEXT NOT NULL CHECK (char_length(record_id) BETWEEN 1 AND 1000),
  -- Empty strings are refused so that an empty CSV cell always means NULL.
  reason        TEXT CHECK (char_length(reason) BETWEEN 1 AND 200),
  request_id    TEXT CHECK (char_length(request_id) BETWEEN 1 AND 100),
  -- Unique: two rows claiming the same predecessor would be a fork of the chain.
  previous_hash BYTEA NOT NULL UNIQUE CHECK (octet_length(previous_hash) = 32),
  hash          BYTEA NOT NULL UNIQUE CHECK (octet_length(hash) = 32)
);
-- record_id first: "who opened case 42" is the common question; the type only narrows it.
CREATE INDEX audit_event_by_record ON audit_event (record_id, record_type);
CREATE INDEX audit_event_by_actor ON audit_event (actor);
CREATE INDEX audit_event_by_tenant ON audit_event (tenant);
CREATE INDEX audit_event_by_occurred_at ON audit_event (occurred_at);

--changeset casa:audit-event-canonical-form splitStatements:false
-- The bytes a row's hash covers (after the previous row's hash). Version-tagged, every field length-prefixed
-- (in UTF-8 bytes) and NULL written as '-', so that no two different rows share a canonical form; the time is
-- always UTC with microseconds, whatever the session's time zone. Documented in docs/adr/0006 so that an
-- auditor can recompute the chain from an export without trusting this function.
CREATE FUNCTION audit_event_canonical(p_id BIGINT, p_occurred_at TIMESTAMPTZ, p_actor TEXT, p_actor_roles TEXT[],
    p_tenant TEXT, p_action TEXT, p_record_type TEXT, p_record_id TEXT, p_reason TEXT, p_request_id TEXT)
  RETURNS BYTEA
  LANGUAGE sql
  STABLE
  PARALLEL SAFE
AS $$
  SELECT convert_to('casa-audit-v1|'
      || string_agg(coalesce(octet_length(convert_to(field_text, 'UTF8')) || ':' || field_text, '-'), '|' ORDER BY field_number),
    'UTF8')
  FROM unnest(ARRAY[
    p_id::text,
    to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    p_actor,
    array_to_string(p_actor_roles, ','),
    p_tenant,
    p_action,
    p_record_type,
    p_record_id,
    p_reason,
    p_request_id]) WITH ORDINALITY AS fields(field_text, field_number)
$$;

--changeset casa:audit-event-append splitStatements:false
-- The only way in. It runs as the owner (SECURITY DEFINER), so application roles need EXECUTE on it and nothing on
-- the table; the search path is pinned so that a caller's search_path cannot substitute objects.
-- The advisory lock serialises appends district-wide until the appending transaction ends: the next append then
-- reads this row as the head of the chain (or, after a rollback, the row before it). A transaction-scoped
-- advisory lock rather than a table lock, so that autovacuum and readers never wait for appends or the reverse.
-- The key spells 'casaaudt' and is used nowhere else.
CREATE FUNCTION append_audit_event(p_actor TEXT, p_actor_roles TEXT[], p_tenant TEXT, p_action TEXT,
    p_record_type TEXT, p_record_id TEXT, p_reason TEXT, p_request_id TEXT)
  RETURNS BIGINT
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = district, pg_temp
AS $$
DECLARE
  v_previous_hash BYTEA;
  v_id            BIGINT;
  v_occurred_at   TIMESTAMPTZ;
  v_roles         TEXT[];
BEGIN
  PERFORM pg_advisory_xact_lock(7161131744579904628);
  SELECT hash INTO v_previous_hash FROM audit_event ORDER BY id DESC LIMIT 1;
  -- The first row's predecessor is 32 zero bytes.
  v_previous_hash := coalesce(v_previous_hash, decode(repeat('00', 32), 'hex'));
  -- Ids are taken under the lock, so id order is chain order (a rolled-back append only leaves a gap).
  v_id := nextval(pg_get_serial_sequence('district.audit_event', 'id'));
  -- The database's clock, read under the lock: times never run backwards along the chain and the
  -- application cannot backdate an entry.
  v_occurred_at := clock_timestamp();
  v_roles := ARRAY(SELECT DISTINCT role_name FROM unnest(coalesce(p_actor_roles, '{}'::TEXT[])) AS role_name
                   WHERE role_name IS NOT NULL ORDER BY role_name);
  INSERT INTO audit_event (id, occurred_at, actor, actor_roles, tenant, action, record_type, record_id, reason,
                           request_id, previous_hash, hash)
  OVERRIDING SYSTEM VALUE
  VALUES (v_id, v_occurred_at, p_actor, v_roles, p_tenant, p_action, p_record_type, p_record_id, p_reason,
          p_request_id, v_previous_hash,
          sha256(v_previous_hash || audit_event_canonical(v_id, v_occurred_at, p_actor, v_roles, p_tenant, p_action,
                                                          p_record_type, p_record_id, p_reason, p_request_id)));
  RETURN v_id;
END
$$;

--changeset casa:audit-event-append-only splitStatements:false
-- Privileges already keep the application's roles out; this stops the owner (migrations, a DBA at a psql prompt)
-- from changing history by accident. Deliberate tampering needs DISABLE TRIGGER and is caught by the hash chain.
CREATE FUNCTION refuse_audit_event_change()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path = district, pg_temp
AS $$
BEGIN
  RAISE EXCEPTION 'district.audit_event is append-only: % is not allowed', TG_OP
    USING HINT = 'Audit events are never changed or removed; record a new event instead.';
END
$$;

--changeset casa:audit-event-guards-and-grants
CREATE TRIGGER audit_event_is_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_event_change();
CREATE TRIGGER audit_event_is_never_truncated BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_event_change();
-- ALWAYS: the triggers fire even with session_replication_role = replica, which otherwise silences them.
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_is_append_only;
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_is_never_truncated;

REVOKE ALL ON TABLE audit_event FROM PUBLIC;
-- The administrator's queries run with no municipality set, i.e. as casa_district: reading, never writing.
GRANT SELECT ON TABLE audit_event TO casa_district;

-- Functions are executable by PUBLIC unless revoked.
REVOKE ALL ON FUNCTION append_audit_event(TEXT, TEXT[], TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION append_audit_event(TEXT, TEXT[], TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)
  TO casa_district, casa_municipalities;
REVOKE ALL ON FUNCTION audit_event_canonical(BIGINT, TIMESTAMPTZ, TEXT, TEXT[], TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)
  FROM PUBLIC;
-- Verification recomputes the chain as casa_district.
GRANT EXECUTE ON FUNCTION audit_event_canonical(BIGINT, TIMESTAMPTZ, TEXT, TEXT[], TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)
  TO casa_district;
REVOKE ALL ON FUNCTION refuse_audit_event_change() FROM PUBLIC;
