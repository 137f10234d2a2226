--liquibase formatted sql

-- The district overview of emergencies: one row per emergency of every municipality, for the agency's district view,
-- the same pattern as case work's inbox (district/casework.sql). Fed by emergency's event listener, which runs as the
-- municipality's role: row-level security lets that role see and write only its own municipality's rows, while the
-- district role (agency staff with no municipality chosen) reads them all. No names of people: categories, numbers,
-- the place and the state of the checklist.

--changeset casa:emergency-district-overview
CREATE TABLE emergency_overview (
  emergency_id          UUID PRIMARY KEY,
  tenant_id             TEXT NOT NULL,
  called_at             TIMESTAMPTZ NOT NULL,
  reporting_entity_kind TEXT NOT NULL,
  reporting_entity_name TEXT,
  problem_type          TEXT NOT NULL,
  place                 TEXT,
  people_count          INT NOT NULL,
  minors                INT NOT NULL,
  fragile_members       BOOLEAN NOT NULL,
  status                TEXT NOT NULL,
  is_open               BOOLEAN GENERATED ALWAYS AS (status = 'OPEN') STORED,
  handed_over           BOOLEAN NOT NULL,
  measure_kind          TEXT,
  measure_until         DATE,
  -- When the earliest open checklist item is due: overdue is next_due_at < now, computed when read.
  next_due_at           TIMESTAMPTZ,
  closed_at             TIMESTAMPTZ,
  -- When the municipality's data was read: a slower listener holding older data never overwrites newer rows.
  source_read_at        TIMESTAMPTZ NOT NULL,
  db_role               TEXT NOT NULL DEFAULT current_user
);
CREATE INDEX emergency_overview_district_order_idx ON emergency_overview (called_at DESC, emergency_id);
CREATE INDEX emergency_overview_municipality_order_idx ON emergency_overview (tenant_id, called_at DESC, emergency_id);
CREATE INDEX emergency_overview_open_due_idx ON emergency_overview (next_due_at) WHERE is_open;

ALTER TABLE emergency_overview ENABLE ROW LEVEL SECURITY;
CREATE POLICY emergency_overview_own_municipality ON emergency_overview TO casa_municipalities
  USING (db_role = current_user) WITH CHECK (db_role = current_user);
CREATE POLICY emergency_overview_district_reads ON emergency_overview FOR SELECT TO casa_district USING (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON emergency_overview TO casa_municipalities;
GRANT SELECT ON emergency_overview TO casa_district;
