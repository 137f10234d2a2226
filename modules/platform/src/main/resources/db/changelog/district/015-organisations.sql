--liquibase formatted sql

--changeset casa:organisation-table
-- Partner organisations (docs/adr/0015): real-estate agencies, the microcredit foundation, autonomy-team cooperatives
-- and co-housing operators. District data: an organisation names no household. Its people sign in with its id in the
-- casa_org claim and are refused while it is suspended or outside its validity dates (read at every request).
CREATE TABLE organisation (
  id                TEXT PRIMARY KEY CHECK (char_length(id) <= 60 AND id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
  display_name      TEXT NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 120),
  kind              TEXT NOT NULL CHECK (kind IN ('REAL_ESTATE_AGENCY', 'MICROCREDIT_FOUNDATION',
                                                  'AUTONOMY_TEAM_COOPERATIVE', 'COHOUSING_OPERATOR')),
  -- Days of the district's calendar, both inclusive.
  valid_from        DATE NOT NULL,
  valid_until       DATE NOT NULL,
  suspended_at      TIMESTAMPTZ,
  -- About the agreement, never about a person.
  suspension_reason TEXT CHECK (char_length(suspension_reason) BETWEEN 1 AND 500),
  version           BIGINT NOT NULL DEFAULT 0,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (valid_until >= valid_from),
  CHECK ((suspended_at IS NULL) = (suspension_reason IS NULL))
);
-- The administrators' list is ordered by name, optionally of one kind.
CREATE INDEX organisation_by_name ON organisation (lower(display_name), id);
CREATE INDEX organisation_by_kind_and_name ON organisation (kind, lower(display_name), id);
-- Administrators change organisations with no municipality chosen (the district's role); any unit of work may look
-- one up, also inside a municipality (a consent check: may this agency see what the household shared?).
GRANT SELECT, INSERT, UPDATE ON organisation TO casa_district;
GRANT SELECT ON organisation TO casa_municipalities;
