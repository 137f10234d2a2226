--liquibase formatted sql

-- Case work's facts for Monitoring's figures (docs/adr/0010, docs/adr/0016): one row per activation request and per
-- joint interview, categories, ids and dates only, written by case work's own projection of its events
-- (it.casa.casework.figures). The projection runs as the municipality the event happened in, so that municipality's
-- role writes here: it may insert and update rows of its own (row-level security), and read only the bookkeeping
-- columns an upsert needs to order events. Figures are read only in the district context (role casa_district), which
-- sees every row; Monitoring's service narrows them to what the user may see.
-- Until December 2026 these tables were created by monitoring's changelog: where they exist, this is marked as run.

--changeset casa:casework-figure-facts
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'monitoring_request'
CREATE TABLE monitoring_request (
  case_id            UUID PRIMARY KEY,
  tenant_id          TEXT NOT NULL,
  -- The date of the activation request (Europe/Rome), what the published figures count by.
  requested_on       DATE NOT NULL,
  filed_by           TEXT NOT NULL,
  housing_situation  TEXT NOT NULL,
  composition        TEXT NOT NULL,
  status             TEXT NOT NULL,
  grade              SMALLINT,
  -- The day it was closed or rejected, while it is; NULL while the case is open.
  ended_on           DATE,
  -- When the event that set status, grade and ended_on happened: an older event arriving late never overwrites them.
  state_at           TIMESTAMPTZ NOT NULL,
  first_triaged_at   TIMESTAMPTZ,
  first_triaged_on   DATE,
  db_role            TEXT NOT NULL DEFAULT current_user
);
-- The figures read a period of requests (of the district, or of one municipality) and the cases still in care at its
-- start. The indexes carry every column those queries read, so they are answered from the index alone (index-only
-- scans), however the rows of a period are scattered in the table: a read model may trade space for reads.
CREATE INDEX monitoring_request_period_idx ON monitoring_request (requested_on)
  INCLUDE (tenant_id, housing_situation, composition, status, grade, filed_by, ended_on, first_triaged_on);
CREATE INDEX monitoring_request_municipality_period_idx ON monitoring_request (tenant_id, requested_on)
  INCLUDE (housing_situation, composition, status, grade, filed_by, ended_on, first_triaged_on);
-- Cases in care at a date: still open (ended_on IS NULL, which a b-tree indexes too) or ended on or after it, by
-- municipality first: one municipality's figures then read only its own open or recently ended cases. Led by ended_on
-- alone, a prepared (generic) plan read every municipality's and filtered, five times slower for one municipality of
-- nine (MonitoringBenchmark); for the whole district the two read the same rows.
CREATE INDEX monitoring_request_in_care_idx ON monitoring_request (tenant_id, ended_on)
  INCLUDE (requested_on, composition, grade);

CREATE TABLE monitoring_interview (
  interview_id  UUID PRIMARY KEY,
  case_id       UUID NOT NULL,
  tenant_id     TEXT NOT NULL,
  scheduled_on  DATE NOT NULL,
  db_role       TEXT NOT NULL DEFAULT current_user
);
CREATE INDEX monitoring_interview_scheduled_on_idx ON monitoring_interview (scheduled_on);

ALTER TABLE monitoring_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE monitoring_interview ENABLE ROW LEVEL SECURITY;
CREATE POLICY monitoring_request_own_rows ON monitoring_request TO casa_municipalities
  USING (db_role = current_user) WITH CHECK (db_role = current_user);
CREATE POLICY monitoring_request_district_reads ON monitoring_request FOR SELECT TO casa_district USING (true);
CREATE POLICY monitoring_interview_own_rows ON monitoring_interview TO casa_municipalities
  USING (db_role = current_user) WITH CHECK (db_role = current_user);
CREATE POLICY monitoring_interview_district_reads ON monitoring_interview FOR SELECT TO casa_district USING (true);

-- Municipalities write; of what they wrote they may read back only the key and the event times that order updates
-- (PostgreSQL needs SELECT on the columns an UPDATE's condition reads). Nothing else, and no other municipality's rows.
GRANT INSERT, UPDATE ON monitoring_request, monitoring_interview TO casa_municipalities;
GRANT SELECT (case_id, state_at, first_triaged_at) ON monitoring_request TO casa_municipalities;
GRANT SELECT (interview_id) ON monitoring_interview TO casa_municipalities;
GRANT SELECT ON monitoring_request, monitoring_interview TO casa_district;
