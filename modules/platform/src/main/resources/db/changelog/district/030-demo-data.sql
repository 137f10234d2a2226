--liquibase formatted sql

--changeset casa:demo-data-loads
-- Which modules' invented demo data (the demo profile, docs/adr/0016) this database holds: each is filed once, at the
-- first start with the profile, and never again.
CREATE TABLE demo_data_load (
  module    TEXT PRIMARY KEY,
  loaded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT ON demo_data_load TO casa_district;
