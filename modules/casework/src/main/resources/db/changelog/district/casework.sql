--liquibase formatted sql

-- The district read models of case work (docs/adr/0005): the inbox of every municipality's requests and an index of
-- keyed hashes of fiscal codes for duplicate detection. Both are fed by casework's event listener, which runs as the
-- municipality's role; row-level security lets that role see and write only its own municipality's rows, while the
-- district role (agency staff with no municipality chosen) reads them all.

--changeset casa:casework-district-trigram
-- Names are searched with trigrams: parts of names ("ross" finds "De Rossi"), any word order, foreign names alike,
-- where a text-search dictionary would stem or drop words. pg_trgm ships with PostgreSQL and is a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA district;

--changeset casa:casework-district-inbox
CREATE TABLE casework_inbox (
  case_id           UUID PRIMARY KEY,
  tenant_id         TEXT NOT NULL,
  household_id      UUID NOT NULL,
  reference_person  TEXT NOT NULL,
  household_size    INT NOT NULL,
  -- Every member's names, lower case, accents and punctuation removed: what the name search matches.
  search_text       TEXT NOT NULL,
  status            TEXT NOT NULL,
  is_open           BOOLEAN GENERATED ALWAYS AS (status IN ('REQUESTED', 'TRIAGED', 'IN_PROGRESS')) STORED,
  grade             SMALLINT,
  -- Most urgent first: grade 4, then requests not triaged yet (they may hide an emergency), then grades 3, 2, 1.
  urgency_rank      SMALLINT GENERATED ALWAYS AS (CASE grade WHEN 4 THEN 0 WHEN 3 THEN 2 WHEN 2 THEN 3 WHEN 1 THEN 4 ELSE 1 END) STORED,
  eviction_date     DATE,
  filed_at          TIMESTAMPTZ NOT NULL,
  filed_by          TEXT NOT NULL,
  housing_situation TEXT NOT NULL,
  assignee_user_id  TEXT,
  action_owner_ids  TEXT[] NOT NULL DEFAULT '{}',
  -- When the municipality's data was read: a slower listener holding older data never overwrites newer rows.
  source_read_at    TIMESTAMPTZ NOT NULL,
  db_role           TEXT NOT NULL DEFAULT current_user
);
-- The inbox's order, for the district and for one municipality; both cover only open requests, the default view.
CREATE INDEX casework_inbox_district_order_idx ON casework_inbox (urgency_rank, eviction_date, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_municipality_order_idx ON casework_inbox (tenant_id, urgency_rank, eviction_date, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_names_idx ON casework_inbox USING gin (search_text gin_trgm_ops);
-- "My cases" and lists of closed or rejected requests, in the same order.
CREATE INDEX casework_inbox_assignee_order_idx ON casework_inbox (assignee_user_id, urgency_rank, eviction_date, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_status_order_idx ON casework_inbox (status, urgency_rank, eviction_date, filed_at, case_id);
CREATE INDEX casework_inbox_action_owners_idx ON casework_inbox USING gin (action_owner_ids);

-- HMAC-SHA256 of each member's fiscal code under a key the database never sees: equal codes match, but a copy of
-- this table does not reveal them (a plain hash of a fiscal code is easy to reverse by trying every code).
CREATE TABLE casework_person_index (
  case_id          UUID NOT NULL REFERENCES casework_inbox (case_id) ON DELETE CASCADE,
  tenant_id        TEXT NOT NULL,
  fiscal_code_hash TEXT NOT NULL,
  db_role          TEXT NOT NULL DEFAULT current_user,
  PRIMARY KEY (case_id, fiscal_code_hash)
);
CREATE INDEX casework_person_index_hash_idx ON casework_person_index (fiscal_code_hash);

ALTER TABLE casework_inbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE casework_person_index ENABLE ROW LEVEL SECURITY;
CREATE POLICY casework_inbox_own_municipality ON casework_inbox TO casa_municipalities
  USING (db_role = current_user) WITH CHECK (db_role = current_user);
CREATE POLICY casework_inbox_district_reads ON casework_inbox FOR SELECT TO casa_district USING (true);
CREATE POLICY casework_person_index_own_municipality ON casework_person_index TO casa_municipalities
  USING (db_role = current_user) WITH CHECK (db_role = current_user);
CREATE POLICY casework_person_index_district_reads ON casework_person_index FOR SELECT TO casa_district USING (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON casework_inbox, casework_person_index TO casa_municipalities;
GRANT SELECT ON casework_inbox, casework_person_index TO casa_district;

--changeset casa:casework-district-inbox-orders
-- The inbox can be ordered by age or by name for the whole list, not only the page shown: these indexes let the
-- district and each municipality read the first page of those orders without sorting every open request.
CREATE INDEX casework_inbox_district_filed_idx ON casework_inbox (filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_municipality_filed_idx ON casework_inbox (tenant_id, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_district_name_idx ON casework_inbox (lower(reference_person), case_id) WHERE is_open;
CREATE INDEX casework_inbox_municipality_name_idx ON casework_inbox (tenant_id, lower(reference_person), case_id) WHERE is_open;

--changeset casa:casework-district-consent
-- The households' consents as the checks read them (docs/adr/0020): per household and scope the last day it holds,
-- null once withdrawn. Each municipality writes its rows in the same transaction as the consent itself, so that a
-- withdrawal counts from its commit for case work (inside the municipality, whose role sees its own rows) and for the
-- modules that share data with partners from the district's context. Household ids are unique across municipalities.
CREATE TABLE casework_consent (
  household_id   UUID NOT NULL,
  scope          TEXT NOT NULL,
  in_force_until DATE,
  db_role        TEXT NOT NULL DEFAULT current_user,
  PRIMARY KEY (household_id, scope)
);
ALTER TABLE casework_consent ENABLE ROW LEVEL SECURITY;
CREATE POLICY casework_consent_own_municipality ON casework_consent TO casa_municipalities
  USING (db_role = current_user) WITH CHECK (db_role = current_user);
CREATE POLICY casework_consent_district_reads ON casework_consent FOR SELECT TO casa_district USING (true);
GRANT SELECT, INSERT, UPDATE ON casework_consent TO casa_municipalities;
GRANT SELECT ON casework_consent TO casa_district;

--changeset casa:casework-district-inbox-team-actions
-- How many actions of a case the autonomy team owns: the agency lists the open cases whose team actions have lost the
-- household's consent (few rows, hence a partial index in the inbox's order).
ALTER TABLE casework_inbox ADD COLUMN team_action_count INT NOT NULL DEFAULT 0;
CREATE INDEX casework_inbox_team_actions_idx ON casework_inbox (urgency_rank, eviction_date, filed_at, case_id)
  WHERE is_open AND team_action_count > 0;

--changeset casa:casework-district-inbox-request-date
-- Ages, the "at least N days old" filter and the orders count from the day the request was made, not from when it was
-- typed in (a request received on paper in April and entered in June is two months old); requests of the same day
-- keep the order they were typed in. Until each municipality's changelog copies its requests' dates
-- (casework-inbox-request-dates), the day they were filed stands in.
ALTER TABLE casework_inbox ADD COLUMN requested_on DATE;
UPDATE casework_inbox SET requested_on = (filed_at AT TIME ZONE 'Europe/Rome')::date;
ALTER TABLE casework_inbox ALTER COLUMN requested_on SET NOT NULL;
DROP INDEX casework_inbox_district_order_idx, casework_inbox_municipality_order_idx, casework_inbox_assignee_order_idx,
  casework_inbox_status_order_idx, casework_inbox_district_filed_idx, casework_inbox_municipality_filed_idx,
  casework_inbox_team_actions_idx;
CREATE INDEX casework_inbox_district_order_idx ON casework_inbox (urgency_rank, eviction_date, requested_on, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_municipality_order_idx ON casework_inbox (tenant_id, urgency_rank, eviction_date, requested_on, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_assignee_order_idx ON casework_inbox (assignee_user_id, urgency_rank, eviction_date, requested_on, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_status_order_idx ON casework_inbox (status, urgency_rank, eviction_date, requested_on, filed_at, case_id);
CREATE INDEX casework_inbox_district_requested_idx ON casework_inbox (requested_on, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_municipality_requested_idx ON casework_inbox (tenant_id, requested_on, filed_at, case_id) WHERE is_open;
CREATE INDEX casework_inbox_team_actions_idx ON casework_inbox (urgency_rank, eviction_date, requested_on, filed_at, case_id)
  WHERE is_open AND team_action_count > 0;
