--liquibase formatted sql

--changeset casa-tests:isolation-probe
-- Test-only table, present in every municipality's schema, used to prove that tenants cannot see each other.
CREATE TABLE isolation_probe (
  id    UUID PRIMARY KEY,
  label TEXT NOT NULL
);
