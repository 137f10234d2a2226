--liquibase formatted sql

-- Emergency's facts for Monitoring's figures (docs/adr/0010, docs/adr/0016), written by emergency's own projection of
-- its events (it.casa.emergency.figures), as the municipality the event happened in (row-level security: its own rows
-- only); read only in the district context. Until December 2026 this table was created by monitoring's changelog:
-- where it exists, this is marked as run.

--changeset casa:emergency-figure-facts
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'monitoring_emergency'
-- One row per emergency. Reported and reclassified events carry the categories; the closing events the end. A row may
-- be created by a late event before its report arrives: until then it has no call date and counts nowhere.
CREATE TABLE monitoring_emergency (
  emergency_id          UUID PRIMARY KEY,
  tenant_id             TEXT NOT NULL,
  called_at             TIMESTAMPTZ,
  called_on             DATE,
  reporting_entity_kind TEXT,
  -- An institution's name (the Carabinieri station "Melegnano"), never a person's: emergency refuses names for
  -- citizens.
  reporting_entity_name TEXT,
  problem_type          TEXT,
  people_involved       INT,
  minors_involved       BOOLEAN,
  -- When the numbers of people were known: a later update wins over the report's and over an older update.
  people_at             TIMESTAMPTZ,
  -- A reclassification replaces the categories of the report, whichever of the two arrives first.
  reclassified          BOOLEAN NOT NULL DEFAULT false,
  closed_at             TIMESTAMPTZ,
  handed_over           BOOLEAN NOT NULL DEFAULT false,
  db_role               TEXT NOT NULL DEFAULT current_user
);
CREATE INDEX monitoring_emergency_called_on_idx ON monitoring_emergency (called_on);

ALTER TABLE monitoring_emergency ENABLE ROW LEVEL SECURITY;
CREATE POLICY monitoring_emergency_own_rows ON monitoring_emergency TO casa_municipalities
  USING (db_role = current_user) WITH CHECK (db_role = current_user);
CREATE POLICY monitoring_emergency_district_reads ON monitoring_emergency FOR SELECT TO casa_district USING (true);
GRANT INSERT, UPDATE ON monitoring_emergency TO casa_municipalities;
GRANT SELECT (emergency_id, reclassified, people_at) ON monitoring_emergency TO casa_municipalities;
GRANT SELECT ON monitoring_emergency TO casa_district;
