--liquibase formatted sql

--changeset casa:rules-tables
-- Versioned rules (docs/adr/0022): a rule set's vocabulary (facts, outcomes) and its versions, each naming the act
-- that adopted it. District data: rules name no household, and a municipality's own rule sets are told apart by
-- the version's municipality. Decisions in the municipalities' schemas refer to a version by its id.
CREATE TABLE rule_set (
  id         TEXT PRIMARY KEY,
  definition JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE rule_version (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rule_set       TEXT NOT NULL REFERENCES rule_set (id),
  municipality   TEXT,
  version_key    TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED')),
  origin         TEXT NOT NULL CHECK (origin IN ('FILE', 'ADMINISTRATOR')),
  effective_from DATE NOT NULL,
  effective_to   DATE,
  content        JSONB NOT NULL,
  content_hash   TEXT NOT NULL,
  drafted_by     TEXT NOT NULL,
  drafted_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  adopted_by     TEXT,
  adopted_at     TIMESTAMPTZ,
  row_version    BIGINT NOT NULL DEFAULT 0,
  changed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (effective_to IS NULL OR effective_to >= effective_from),
  CHECK ((status = 'ADOPTED') = (adopted_at IS NOT NULL AND adopted_by IS NOT NULL))
);
CREATE UNIQUE INDEX rule_version_by_key ON rule_version (rule_set, coalesce(municipality, ''), version_key);
CREATE INDEX rule_version_in_force ON rule_version (rule_set, municipality, effective_from) WHERE status = 'ADOPTED';

--changeset casa:rules-adopted-versions-are-final splitStatements:false
-- An adopted version is never edited nor deleted, whatever the code does: decisions re-explain themselves with it.
CREATE FUNCTION rule_version_adopted_is_final() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.status = 'ADOPTED' THEN
    RAISE EXCEPTION 'rule version % is adopted: it cannot be changed or deleted', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER rule_version_adopted_is_final BEFORE UPDATE OR DELETE ON rule_version
  FOR EACH ROW EXECUTE FUNCTION rule_version_adopted_is_final();

--changeset casa:rules-grants
GRANT SELECT, INSERT, UPDATE ON rule_set TO casa_district;
GRANT SELECT, INSERT, UPDATE, DELETE ON rule_version TO casa_district;
