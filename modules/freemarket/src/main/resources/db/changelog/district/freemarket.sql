--liquibase formatted sql

-- Free Market (docs/adr/0026): what the partner real-estate agencies and the agency offer on the private market.
-- District data: an offer is a home, not a household; a partner works across the municipalities it covers and never
-- acts in one. The district role reads and writes these tables; the service names the partner in every query, so a
-- partner's people reach only their own organisation's rows.

--changeset casa:freemarket-partner
-- What Free Market adds to a platform organisation of kind REAL_ESTATE_AGENCY (docs/adr/0015): the accreditation and
-- the agreement (convenzione) with their dates and document references, a contact, and the municipalities covered.
CREATE TABLE freemarket_partner (
  organisation_id      TEXT PRIMARY KEY REFERENCES organisation (id),
  accredited_on        DATE NOT NULL,
  accredited_until     DATE NOT NULL,
  accreditation_ref    TEXT NOT NULL CHECK (char_length(accreditation_ref) BETWEEN 1 AND 80),
  agreement_signed_on  DATE NOT NULL,
  agreement_until      DATE NOT NULL,
  agreement_ref        TEXT NOT NULL CHECK (char_length(agreement_ref) BETWEEN 1 AND 80),
  -- The agency's contact person at the partner: a business contact, declared in the register of personal data.
  contact_name         TEXT NOT NULL CHECK (char_length(contact_name) BETWEEN 1 AND 120),
  contact_email        TEXT NOT NULL CHECK (char_length(contact_email) BETWEEN 3 AND 200),
  contact_phone        TEXT CHECK (char_length(contact_phone) BETWEEN 3 AND 30),
  version              BIGINT NOT NULL DEFAULT 0,
  changed_at           TIMESTAMPTZ NOT NULL,
  changed_by_user_id   TEXT NOT NULL,
  changed_by_name      TEXT NOT NULL,
  CHECK (accredited_until >= accredited_on),
  CHECK (agreement_until >= agreement_signed_on)
);

CREATE TABLE freemarket_partner_municipality (
  organisation_id TEXT NOT NULL REFERENCES freemarket_partner (organisation_id) ON DELETE CASCADE,
  tenant_id       TEXT NOT NULL,
  PRIMARY KEY (organisation_id, tenant_id)
);

GRANT SELECT, INSERT, UPDATE ON freemarket_partner TO casa_district;
GRANT SELECT, INSERT, DELETE ON freemarket_partner_municipality TO casa_district;

--changeset casa:freemarket-offer
-- An offer of a home for rent, by a partner (organisation_id) or by the agency itself for a landlord it works with
-- directly (organisation_id NULL). Energy class and index are required: listings must show them (D.Lgs 192/2005).
CREATE TABLE freemarket_offer (
  id                  UUID PRIMARY KEY,
  organisation_id     TEXT REFERENCES organisation (id),
  tenant_id           TEXT NOT NULL,
  zone                TEXT NOT NULL CHECK (char_length(zone) BETWEEN 1 AND 120),
  floor_area          NUMERIC(6, 1) NOT NULL CHECK (floor_area > 0),
  rooms               INT NOT NULL CHECK (rooms > 0),
  floor               INT NOT NULL,
  lift                BOOLEAN NOT NULL,
  heating             TEXT NOT NULL,
  energy_class        TEXT NOT NULL,
  energy_index        NUMERIC(7, 2) NOT NULL CHECK (energy_index >= 0),
  monthly_rent        NUMERIC(9, 2) NOT NULL CHECK (monthly_rent > 0),
  monthly_charges     NUMERIC(9, 2) NOT NULL CHECK (monthly_charges >= 0),
  contract_type       TEXT NOT NULL,
  -- For an agreed-rent offer: the version of the municipality's agreed-rent band the rent was checked against.
  band_rule_version   BIGINT,
  available_from      DATE NOT NULL,
  step_free_access    BOOLEAN NOT NULL,
  status              TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RESERVED', 'LET', 'WITHDRAWN')),
  version             BIGINT NOT NULL DEFAULT 0,
  created_at          TIMESTAMPTZ NOT NULL,
  created_by_user_id  TEXT NOT NULL,
  created_by_name     TEXT NOT NULL,
  changed_at          TIMESTAMPTZ NOT NULL,
  changed_by_user_id  TEXT NOT NULL,
  changed_by_name     TEXT NOT NULL,
  CHECK ((contract_type = 'AGREED_RENT_3_2') = (band_rule_version IS NOT NULL))
);
-- A partner's own list, and the agency's list (all, of one status, of one municipality), newest change first.
CREATE INDEX freemarket_offer_partner_idx ON freemarket_offer (organisation_id, changed_at DESC, id);
CREATE INDEX freemarket_offer_all_idx ON freemarket_offer (changed_at DESC, id);
CREATE INDEX freemarket_offer_status_idx ON freemarket_offer (status, tenant_id, changed_at DESC, id);

GRANT SELECT, INSERT, UPDATE ON freemarket_offer TO casa_district;
