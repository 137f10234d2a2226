--liquibase formatted sql

-- Emergencies (Pronto Intervento Sociale) of one municipality, in its own schema (see docs/adr/0001). Lists in
-- list_index order; the district's overview of every municipality is in district/emergency.sql.

--changeset casa:emergency-intake
CREATE TABLE emergency (
  id                    UUID PRIMARY KEY,
  version               BIGINT NOT NULL,
  status                TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  called_at             TIMESTAMPTZ NOT NULL,
  reported_at           TIMESTAMPTZ NOT NULL,
  reported_by_user_id   TEXT NOT NULL,
  reported_by_name      TEXT NOT NULL,
  reported_by_side      TEXT NOT NULL CHECK (reported_by_side IN ('MUNICIPALITY', 'AGENCY')),
  reporting_entity_kind TEXT NOT NULL,
  -- An institution's name (a Carabinieri station), never a person's.
  reporting_entity_name TEXT,
  problem_type          TEXT NOT NULL,
  problem_description   TEXT,
  place                 TEXT,
  people_count          INT NOT NULL CHECK (people_count BETWEEN 1 AND 99),
  minors                INT NOT NULL CHECK (minors BETWEEN 0 AND people_count),
  fragile_members       BOOLEAN NOT NULL,
  contact_phone         TEXT,
  closed_at             TIMESTAMPTZ,
  closed_by_user_id     TEXT,
  closed_by_name        TEXT,
  closed_by_side        TEXT CHECK (closed_by_side IN ('MUNICIPALITY', 'AGENCY')),
  handed_over           BOOLEAN,
  consent_given_on      DATE,
  closing_note          TEXT,
  updated_at            TIMESTAMPTZ NOT NULL,
  updated_by            TEXT NOT NULL,
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND handed_over IS NOT NULL))
);
CREATE INDEX emergency_called_at_idx ON emergency (called_at DESC);
CREATE TABLE emergency_person (
  emergency_id UUID NOT NULL REFERENCES emergency (id) ON DELETE CASCADE,
  list_index   INT NOT NULL,
  given_name   TEXT,
  family_name  TEXT,
  fiscal_code  TEXT,
  birth_date   DATE,
  sex          TEXT CHECK (sex IN ('FEMALE', 'MALE')),
  role         TEXT,
  PRIMARY KEY (emergency_id, list_index)
);
CREATE TABLE emergency_measure (
  emergency_id        UUID NOT NULL REFERENCES emergency (id) ON DELETE CASCADE,
  list_index          INT NOT NULL,
  kind                TEXT NOT NULL,
  place_name          TEXT,
  arranged_by         TEXT,
  cost                NUMERIC(8, 2) CHECK (cost >= 0),
  until_date          DATE,
  offer_reference     TEXT,
  recorded_at         TIMESTAMPTZ NOT NULL,
  recorded_by_user_id TEXT NOT NULL,
  recorded_by_name    TEXT NOT NULL,
  PRIMARY KEY (emergency_id, list_index)
);
CREATE TABLE emergency_follow_up (
  emergency_id    UUID NOT NULL REFERENCES emergency (id) ON DELETE CASCADE,
  list_index      INT NOT NULL,
  item            TEXT NOT NULL,
  due_at          TIMESTAMPTZ NOT NULL,
  done_at         TIMESTAMPTZ,
  done_by_user_id TEXT,
  done_by_name    TEXT,
  note            TEXT,
  PRIMARY KEY (emergency_id, list_index)
);
