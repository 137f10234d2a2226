--liquibase formatted sql

--changeset casa:platform-tenant-registry
CREATE TABLE tenant (
  id           TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('MUNICIPALITY', 'DISTRICT')),
  schema_name  TEXT NOT NULL UNIQUE,
  modules      TEXT[] NOT NULL,
  enabled      BOOLEAN NOT NULL,
  managed_by   TEXT NOT NULL CHECK (managed_by IN ('FILE', 'ADMINISTRATOR')),
  version      BIGINT NOT NULL DEFAULT 0,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
GRANT SELECT ON tenant TO casa_district;

--changeset casa:platform-event-publication
-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0), kept in the
-- shared schema. Events are written in the publishing municipality's transaction, so its role may write here.
CREATE TABLE event_publication (
  id                     UUID NOT NULL PRIMARY KEY,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMPTZ NOT NULL,
  completion_date        TIMESTAMPTZ,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE TABLE event_publication_archive (
  id                     UUID NOT NULL PRIMARY KEY,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMPTZ NOT NULL,
  completion_date        TIMESTAMPTZ,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_archive_serialized_event_hash_idx ON event_publication_archive USING hash (serialized_event);
CREATE INDEX event_publication_archive_by_completion_date_idx ON event_publication_archive (completion_date);
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication, event_publication_archive TO casa_district, casa_municipalities;

--changeset casa:platform-tenant-module-exceptions
-- A tenant keeps only its exceptions to the modules' defaults (docs/adr/0013): the modules it switches on and those it
-- switches off; the modules it uses are worked out from the declarations at start-up. Until now every row listed the
-- modules it used out of the three that existed (casework, emergency, monitoring): each keeps exactly that choice.
ALTER TABLE tenant ADD COLUMN modules_on TEXT[] NOT NULL DEFAULT '{}', ADD COLUMN modules_off TEXT[] NOT NULL DEFAULT '{}';
UPDATE tenant SET modules_on = modules,
  modules_off = ARRAY(SELECT m FROM unnest(ARRAY['casework', 'emergency', 'monitoring']) AS m WHERE m <> ALL (modules));
ALTER TABLE tenant DROP COLUMN modules;
