--liquibase formatted sql

-- Case work of one municipality, in its own schema (see docs/adr/0001). Aggregates refer to each other by id;
-- foreign keys still guard what belongs together inside the schema. Histories are append-only lists ordered by
-- list_index. Names of households are searched in the district read model (district/casework.sql), not here.

--changeset casa:casework-household
CREATE TABLE household (
  id         UUID PRIMARY KEY,
  version    BIGINT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE household_member (
  household_id            UUID NOT NULL REFERENCES household (id) ON DELETE CASCADE,
  list_index              INT NOT NULL,
  given_name              TEXT NOT NULL,
  family_name             TEXT NOT NULL,
  relationship            TEXT NOT NULL,
  birth_date              DATE NOT NULL,
  sex                     TEXT NOT NULL CHECK (sex IN ('FEMALE', 'MALE')),
  fiscal_code             TEXT,
  citizenship             TEXT,
  residence_permit_expiry DATE,
  income_band             TEXT,
  disabled                BOOLEAN NOT NULL,
  PRIMARY KEY (household_id, list_index)
);
-- Finding a person's households by fiscal code within the municipality.
CREATE INDEX household_member_fiscal_code_idx ON household_member (fiscal_code) WHERE fiscal_code IS NOT NULL;
CREATE TABLE household_contact (
  household_id UUID NOT NULL REFERENCES household (id) ON DELETE CASCADE,
  list_index   INT NOT NULL,
  kind         TEXT NOT NULL,
  value        TEXT NOT NULL,
  PRIMARY KEY (household_id, list_index)
);
CREATE TABLE household_address (
  household_id UUID NOT NULL REFERENCES household (id) ON DELETE CASCADE,
  list_index   INT NOT NULL,
  kind         TEXT NOT NULL,
  street       TEXT NOT NULL,
  postal_code  TEXT NOT NULL,
  town         TEXT NOT NULL,
  PRIMARY KEY (household_id, list_index)
);

--changeset casa:casework-case
-- The case: the activation request and its lifecycle. "case" is an SQL keyword, hence case_file.
CREATE TABLE case_file (
  id                            UUID PRIMARY KEY,
  version                       BIGINT NOT NULL,
  household_id                  UUID NOT NULL REFERENCES household (id),
  status                        TEXT NOT NULL CHECK (status IN ('REQUESTED', 'TRIAGED', 'IN_PROGRESS', 'CLOSED', 'REJECTED')),
  grade                         INT CHECK (grade BETWEEN 1 AND 4),
  filed_at                      TIMESTAMPTZ NOT NULL,
  requested_on                  DATE NOT NULL,
  filed_by                      TEXT NOT NULL CHECK (filed_by IN ('MUNICIPALITY', 'AGENCY')),
  filed_by_user_id              TEXT NOT NULL,
  filed_by_user_name            TEXT NOT NULL,
  housing_situation             TEXT NOT NULL,
  hearing_date                  DATE,
  housing_situation_description TEXT,
  urgency_facts                 TEXT,
  consent_given_on              DATE NOT NULL,
  composition                   TEXT NOT NULL,
  eviction_date                 DATE,
  assignee_user_id              TEXT,
  assignee_name                 TEXT,
  project_agreed                BOOLEAN NOT NULL,
  updated_at                    TIMESTAMPTZ NOT NULL,
  updated_by                    TEXT NOT NULL
);
CREATE INDEX case_file_household_idx ON case_file (household_id);
CREATE TABLE case_consent_scope (
  case_id UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  scope   TEXT NOT NULL,
  PRIMARY KEY (case_id, scope)
);
CREATE TABLE case_status_change (
  case_id            UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  list_index         INT NOT NULL,
  from_status        TEXT NOT NULL,
  to_status          TEXT NOT NULL,
  transition         TEXT NOT NULL,
  reason             TEXT,
  changed_at         TIMESTAMPTZ NOT NULL,
  changed_by_user_id TEXT NOT NULL,
  changed_by_name    TEXT NOT NULL,
  PRIMARY KEY (case_id, list_index)
);
-- The triage checklist is kept column by column (not as a document) so that monitoring-style questions
-- ("how many households with arrears and no network") stay plain SQL.
CREATE TABLE case_grade_decision (
  case_id                      UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  list_index                   INT NOT NULL,
  decided_at                   TIMESTAMPTZ NOT NULL,
  decided_by_user_id           TEXT NOT NULL,
  decided_by_name              TEXT NOT NULL,
  proposed_grade               INT NOT NULL CHECK (proposed_grade BETWEEN 1 AND 4),
  chosen_grade                 INT NOT NULL CHECK (chosen_grade BETWEEN 1 AND 4),
  override_reason              TEXT,
  proposal_criteria            TEXT NOT NULL,
  arrears_rent                 BOOLEAN NOT NULL,
  arrears_mortgage             BOOLEAN NOT NULL,
  arrears_housing_costs        BOOLEAN NOT NULL,
  eviction_in_progress         BOOLEAN NOT NULL,
  eviction_date                DATE,
  residence_permit_expiry      DATE,
  social_network               TEXT NOT NULL,
  work                         TEXT NOT NULL,
  no_savings                   BOOLEAN NOT NULL,
  violence                     BOOLEAN NOT NULL,
  pending_criminal_proceedings BOOLEAN NOT NULL,
  fragile_members              BOOLEAN NOT NULL,
  unsafe_dwelling              BOOLEAN NOT NULL,
  no_place_to_live             BOOLEAN NOT NULL,
  monthly_rent                 NUMERIC(10, 2),
  monthly_household_income     NUMERIC(10, 2),
  PRIMARY KEY (case_id, list_index)
);
CREATE TABLE case_closure (
  case_id                UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  list_index             INT NOT NULL,
  closed_at              TIMESTAMPTZ NOT NULL,
  closed_by_user_id      TEXT NOT NULL,
  closed_by_name         TEXT NOT NULL,
  outcome                TEXT NOT NULL,
  reason                 TEXT,
  restitution_meeting_on DATE,
  restitution_summary    TEXT,
  PRIMARY KEY (case_id, list_index)
);

--changeset casa:casework-interview
CREATE TABLE joint_interview (
  id                          UUID PRIMARY KEY,
  version                     BIGINT NOT NULL,
  case_id                     UUID NOT NULL REFERENCES case_file (id),
  scheduled_for               TIMESTAMPTZ NOT NULL,
  place                       TEXT NOT NULL,
  status                      TEXT NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
  outcome                     TEXT,
  scheduled_at                TIMESTAMPTZ NOT NULL,
  scheduled_by_user_id        TEXT NOT NULL,
  scheduled_by_name           TEXT NOT NULL,
  outcome_recorded_at         TIMESTAMPTZ,
  outcome_recorded_by_user_id TEXT,
  outcome_recorded_by_name    TEXT
);
CREATE INDEX joint_interview_case_idx ON joint_interview (case_id, scheduled_for);
CREATE TABLE joint_interview_participant (
  interview_id UUID NOT NULL REFERENCES joint_interview (id) ON DELETE CASCADE,
  list_index   INT NOT NULL,
  participant  TEXT NOT NULL,
  PRIMARY KEY (interview_id, list_index)
);

--changeset casa:casework-project
-- One project per case, identified by the case. project_revision keeps every version with who made it.
CREATE TABLE individual_project (
  case_id                 UUID PRIMARY KEY REFERENCES case_file (id),
  version                 BIGINT NOT NULL,
  revision                INT NOT NULL,
  ways_and_times          TEXT NOT NULL,
  agreed_at               TIMESTAMPTZ NOT NULL,
  agreed_by_user_id       TEXT NOT NULL,
  agreed_by_name          TEXT NOT NULL,
  last_changed_at         TIMESTAMPTZ NOT NULL,
  last_changed_by_user_id TEXT NOT NULL,
  last_changed_by_name    TEXT NOT NULL
);
CREATE TABLE project_goal (
  case_id    UUID NOT NULL REFERENCES individual_project (case_id) ON DELETE CASCADE,
  list_index INT NOT NULL,
  goal       TEXT NOT NULL,
  PRIMARY KEY (case_id, list_index)
);
CREATE TABLE project_action (
  case_id                 UUID NOT NULL REFERENCES individual_project (case_id) ON DELETE CASCADE,
  list_index              INT NOT NULL,
  action_id               UUID NOT NULL,
  description             TEXT NOT NULL,
  owner_kind              TEXT NOT NULL,
  owner_user_id           TEXT,
  owner_name              TEXT NOT NULL,
  due_date                DATE,
  status                  TEXT NOT NULL,
  last_changed_at         TIMESTAMPTZ NOT NULL,
  last_changed_by_user_id TEXT NOT NULL,
  last_changed_by_name    TEXT NOT NULL,
  PRIMARY KEY (case_id, list_index)
);
-- Autonomy-team operators see the cases where they own an action: this is their access check.
CREATE INDEX project_action_owner_idx ON project_action (owner_user_id, case_id) WHERE owner_user_id IS NOT NULL;
CREATE TABLE project_revision (
  case_id            UUID NOT NULL REFERENCES individual_project (case_id) ON DELETE CASCADE,
  revision           INT NOT NULL,
  changed_at         TIMESTAMPTZ NOT NULL,
  changed_by_user_id TEXT NOT NULL,
  changed_by_name    TEXT NOT NULL,
  organisation       TEXT NOT NULL,
  summary            TEXT NOT NULL,
  content            TEXT NOT NULL,
  PRIMARY KEY (case_id, revision)
);

--changeset casa:casework-note
CREATE TABLE case_note (
  id             UUID PRIMARY KEY,
  case_id        UUID NOT NULL REFERENCES case_file (id),
  written_at     TIMESTAMPTZ NOT NULL,
  author_user_id TEXT NOT NULL,
  author_name    TEXT NOT NULL,
  organisation   TEXT NOT NULL,
  visibility     TEXT NOT NULL CHECK (visibility IN ('ALL', 'AGENCY_ONLY', 'AUTHOR_ONLY')),
  text           TEXT NOT NULL
);
CREATE INDEX case_note_timeline_idx ON case_note (case_id, written_at DESC, id);

--changeset casa:casework-case-origin
-- A case referred by another module (an emergency handed over) names its origin; one case per origin, which makes
-- the referral's listener idempotent when the event registry delivers an event again.
ALTER TABLE case_file ADD COLUMN origin_module TEXT, ADD COLUMN origin_id UUID,
  ADD CONSTRAINT case_file_origin_complete CHECK ((origin_module IS NULL) = (origin_id IS NULL));
CREATE UNIQUE INDEX case_file_origin_idx ON case_file (origin_module, origin_id) WHERE origin_id IS NOT NULL;

--changeset casa:casework-case-timeline
-- What other modules put on a case's timeline (docs/adr/0016): their events that implement CaseTimelineEvent, added by
-- case work's listener. Codes, dates, numbers and ids only (the events come from the registry every municipality can
-- read); the module's UI words say what each kind means. The entry id is the event's, so a redelivery adds nothing.
CREATE TABLE case_timeline_entry (
  id          UUID PRIMARY KEY,
  case_id     UUID NOT NULL REFERENCES case_file (id),
  module      TEXT NOT NULL CHECK (module ~ '^[a-z][a-z0-9]*$'),
  kind        TEXT NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 100),
  occurred_at TIMESTAMPTZ NOT NULL,
  facts       JSONB NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_timeline_entry_by_case ON case_timeline_entry (case_id, occurred_at DESC, id);

--changeset casa:casework-household-consent
-- A household's consent, scope by scope, with its history (docs/adr/0020). Until now each activation request kept the
-- consent it came with (case_file.consent_given_on, case_consent_scope); a withdrawal must reach every case of the
-- household, so the consent moves to the household. The consents already recorded move here:
-- - per household and scope, the latest date any of its requests carried; the old PARTNER_AGENCIES scope is now
--   REAL_ESTATE_AGENCIES, and the old DISTRICT_SERVICES (which named microcredit) gives DISTRICT_SERVICES and
--   MICROCREDIT_FOUNDATION;
-- - each lasts the default 12 months from that date, but at least 90 days from this migration, so that the operators
--   can renew it before anyone loses access to a case (the ADR explains);
-- - every request's consent becomes a history entry naming its case, who filed it and when.
CREATE TABLE household_consent (
  household_id UUID PRIMARY KEY REFERENCES household (id),
  version      BIGINT NOT NULL
);
CREATE TABLE household_consent_scope (
  household_id UUID NOT NULL REFERENCES household_consent (household_id) ON DELETE CASCADE,
  scope        TEXT NOT NULL CHECK (scope IN ('CASE_WORK', 'AUTONOMY_TEAM', 'REAL_ESTATE_AGENCIES',
                                                'MICROCREDIT_FOUNDATION', 'COHOUSING_OPERATORS', 'DISTRICT_SERVICES')),
  given_on     DATE NOT NULL,
  valid_until  DATE NOT NULL,
  withdrawn_at TIMESTAMPTZ,
  -- The last day of the period a reminder was recorded for (one reminder per period).
  reminded_for DATE,
  PRIMARY KEY (household_id, scope),
  CHECK (valid_until >= given_on)
);
-- The daily reminder run looks for the periods in force that end soon.
CREATE INDEX household_consent_scope_ending_idx ON household_consent_scope (valid_until) WHERE withdrawn_at IS NULL;
CREATE TABLE household_consent_change (
  household_id       UUID NOT NULL REFERENCES household_consent (household_id) ON DELETE CASCADE,
  list_index         INT NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('GIVEN', 'RENEWED', 'WITHDRAWN', 'REMINDER')),
  scope              TEXT NOT NULL,
  given_on           DATE NOT NULL,
  valid_until        DATE NOT NULL,
  reason             TEXT,
  case_id            UUID REFERENCES case_file (id),
  changed_at         TIMESTAMPTZ NOT NULL,
  changed_by_user_id TEXT NOT NULL,
  changed_by_name    TEXT NOT NULL,
  PRIMARY KEY (household_id, list_index)
);
CREATE TEMPORARY TABLE recorded_consent ON COMMIT DROP AS
  SELECT c.household_id, c.id AS case_id, c.consent_given_on AS given_on, c.filed_at, c.filed_by_user_id,
         c.filed_by_user_name, renamed.scope,
         (c.consent_given_on + INTERVAL '12 months' - INTERVAL '1 day')::date AS valid_until
  FROM case_file c
  JOIN case_consent_scope s ON s.case_id = c.id
  JOIN (VALUES ('CASE_WORK', 'CASE_WORK'), ('AUTONOMY_TEAM', 'AUTONOMY_TEAM'),
               ('PARTNER_AGENCIES', 'REAL_ESTATE_AGENCIES'), ('DISTRICT_SERVICES', 'DISTRICT_SERVICES'),
               ('DISTRICT_SERVICES', 'MICROCREDIT_FOUNDATION')) AS renamed (old_scope, scope)
    ON renamed.old_scope = s.scope;
INSERT INTO household_consent (household_id, version)
  SELECT DISTINCT household_id, 0 FROM recorded_consent;
INSERT INTO household_consent_scope (household_id, scope, given_on, valid_until)
  SELECT household_id, scope, max(given_on), greatest(max(valid_until), CURRENT_DATE + 90)
  FROM recorded_consent GROUP BY household_id, scope;
INSERT INTO household_consent_change (household_id, list_index, kind, scope, given_on, valid_until, case_id,
                                      changed_at, changed_by_user_id, changed_by_name)
  SELECT r.household_id,
         row_number() OVER (PARTITION BY r.household_id ORDER BY r.filed_at, r.case_id, r.scope) - 1,
         CASE WHEN row_number() OVER (PARTITION BY r.household_id, r.scope ORDER BY r.filed_at, r.case_id) = 1
              THEN 'GIVEN' ELSE 'RENEWED' END,
         r.scope, r.given_on,
         CASE WHEN r.given_on = s.given_on THEN s.valid_until ELSE r.valid_until END,
         r.case_id, r.filed_at, r.filed_by_user_id, r.filed_by_user_name
  FROM recorded_consent r
  JOIN household_consent_scope s ON s.household_id = r.household_id AND s.scope = r.scope;
-- The copy the checks read, written as the municipality's role would write it.
INSERT INTO district.casework_consent (household_id, scope, in_force_until, db_role)
  SELECT household_id, scope, valid_until, 'casa_' || current_schema() FROM household_consent_scope
  ON CONFLICT (household_id, scope) DO UPDATE SET in_force_until = EXCLUDED.in_force_until;
-- The autonomy team's actions per case, for the agency's list of those without consent.
UPDATE district.casework_inbox i SET team_action_count = t.actions
  FROM (SELECT case_id, count(*) AS actions FROM project_action
        WHERE owner_kind = 'AUTONOMY_TEAM_OPERATOR' GROUP BY case_id) t
  WHERE i.case_id = t.case_id;
DROP TABLE case_consent_scope;
ALTER TABLE case_file DROP COLUMN consent_given_on;

--changeset casa:casework-worded-texts
-- What CASA writes into records itself is kept as a code with its parameters, worded by each reader's UI in their
-- language (docs/adr/0021); what people type stays as typed. The texts written before move to codes:
-- - the status history's and the grade history's reason of every case referred by the emergency service;
-- - a referred case's urgency facts and housing description, read back from the sentence the hand-over wrote;
-- - every project revision's summary ("project agreed", "2 action(s) added, ways and times changed").
ALTER TABLE case_status_change ADD COLUMN reason_wording TEXT;
ALTER TABLE case_grade_decision ADD COLUMN override_reason_wording TEXT;
ALTER TABLE case_file ADD COLUMN urgency_facts_wording TEXT, ADD COLUMN housing_description_wording TEXT;
ALTER TABLE project_revision ADD COLUMN summary_wording TEXT;
UPDATE case_status_change SET reason = NULL, reason_wording = '{"code":"referral.emergency.triage","parameters":{}}'
  WHERE reason = 'Passaggio dal Pronto Intervento Sociale: grado 4 d''ufficio';
UPDATE case_grade_decision
  SET override_reason = NULL, override_reason_wording = '{"code":"referral.emergency.triage","parameters":{}}'
  WHERE override_reason = 'Passaggio dal Pronto Intervento Sociale: grado 4 d''ufficio';
CREATE TEMPORARY TABLE emergency_wording ON COMMIT DROP AS
  SELECT * FROM (VALUES ('HOUSE_FIRE', 'incendio abitazione'), ('EXECUTIVE_EVICTION', 'sfratto esecutivo'),
                        ('SENT_AWAY_BY_HOST', 'persona allontanata da ospitante'),
                        ('FLOODING', 'allagamento abitazione'),
                        ('WATER_CUT_OFF_FOR_ARREARS', 'assenza di acqua nell''abitazione per morosità'),
                        ('NO_DWELLING', 'assenza di dimora'),
                        ('UNACCOMPANIED_FOREIGN_MINORS', 'minori stranieri non accompagnati'), ('OTHER', 'altro'),
                        ('HOTEL', 'albergo'), ('SHELTER', 'struttura di accoglienza'),
                        ('TEMPORARY_UNIT', 'alloggio temporaneo'), ('FAMILY_OR_FRIENDS', 'presso parenti o amici'),
                        ('OTHER_MEASURE', 'altra sistemazione')) AS label (code, italian);
-- "Passaggio dal Pronto Intervento Sociale: <problem>, chiamata del dd/MM/yyyy alle HH:mm[, luogo: <place>].
--  Persone coinvolte: <n>[, di cui minori: <n>][; componenti fragili].[ Sistemazione: <measure>[ fino al dd/MM/yyyy].]"
CREATE TEMPORARY TABLE referral_facts ON COMMIT DROP AS
  SELECT id, regexp_match(urgency_facts, '^Passaggio dal Pronto Intervento Sociale: (incendio abitazione|sfratto esecutivo|'
           || 'persona allontanata da ospitante|allagamento abitazione|assenza di acqua nell''abitazione per morosità|'
           || 'assenza di dimora|minori stranieri non accompagnati|altro), chiamata del '
           || '(\d\d)/(\d\d)/(\d{4}) alle (\d\d):(\d\d)(, luogo: (.+))?\. Persone coinvolte: (\d+)'
           || '(, di cui minori: (\d+))?(; componenti fragili)?\.( Sistemazione: (albergo|struttura di accoglienza|'
           || 'alloggio temporaneo|presso parenti o amici|altra sistemazione)( fino al (\d\d)/(\d\d)/(\d{4}))?\.)?$')
         AS part
  FROM case_file WHERE origin_module = 'emergency' AND urgency_facts LIKE 'Passaggio dal Pronto Intervento Sociale: %';
UPDATE case_file c SET urgency_facts = NULL, urgency_facts_wording = jsonb_build_object('code', 'referral.emergency.urgency',
    'parameters', jsonb_strip_nulls(jsonb_build_object(
      'problem', (SELECT code FROM emergency_wording WHERE italian = f.part[1] AND code <> 'OTHER_MEASURE'),
      'calledAt', to_char(make_timestamptz(f.part[4]::int, f.part[3]::int, f.part[2]::int, f.part[5]::int,
                                           f.part[6]::int, 0, 'Europe/Rome') AT TIME ZONE 'UTC',
                          'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'place', f.part[8], 'people', f.part[9], 'minors', f.part[11],
      'fragile', CASE WHEN f.part[12] IS NULL THEN NULL ELSE 'true' END,
      'measure', (SELECT CASE code WHEN 'OTHER_MEASURE' THEN 'OTHER' ELSE code END FROM emergency_wording
                  WHERE italian = f.part[14] AND code IN ('HOTEL', 'SHELTER', 'TEMPORARY_UNIT', 'FAMILY_OR_FRIENDS',
                                                          'OTHER_MEASURE')),
      'measureUntil', CASE WHEN f.part[16] IS NULL THEN NULL ELSE f.part[18] || '-' || f.part[17] || '-' || f.part[16] END
    )))::text
  FROM referral_facts f WHERE f.id = c.id AND f.part IS NOT NULL;
UPDATE case_file c SET housing_situation_description = NULL,
    housing_description_wording = jsonb_build_object('code', 'referral.emergency.problem', 'parameters',
      CASE WHEN label.code IS NOT NULL
           THEN jsonb_build_object('problem', label.code)
           ELSE jsonb_build_object('problem', 'OTHER', 'description',
                                   substring(c.housing_situation_description FROM 'Pronto Intervento Sociale: (.*)$'))
      END)::text
  FROM (SELECT id, substring(housing_situation_description FROM 'Pronto Intervento Sociale: (.*)$') AS text
        FROM case_file WHERE origin_module = 'emergency'
          AND housing_situation_description LIKE 'Pronto Intervento Sociale: %') d
  LEFT JOIN emergency_wording label ON label.italian = d.text AND label.code NOT IN ('HOTEL', 'SHELTER',
    'TEMPORARY_UNIT', 'FAMILY_OR_FRIENDS', 'OTHER_MEASURE')
  WHERE d.id = c.id;
UPDATE project_revision SET summary_wording = CASE
    WHEN summary = 'project agreed' THEN '{"code":"project.agreed","parameters":{}}'
    ELSE jsonb_build_object('code', 'project.revised', 'parameters', jsonb_strip_nulls(jsonb_build_object(
      'goalsAdded', substring(summary FROM '(\d+) goal\(s\) added'),
      'goalsRemoved', substring(summary FROM '(\d+) goal\(s\) removed'),
      'actionsAdded', substring(summary FROM '(\d+) action\(s\) added'),
      'actionsChanged', substring(summary FROM '(\d+) action\(s\) changed'),
      'actionsRemoved', substring(summary FROM '(\d+) action\(s\) removed'),
      'waysAndTimes', CASE WHEN summary LIKE '%ways and times changed%' THEN 'changed' END)))::text
  END;
ALTER TABLE project_revision ALTER COLUMN summary_wording SET NOT NULL, DROP COLUMN summary;

--changeset casa:casework-inbox-request-dates
-- The district inbox's copy of each request's date (see the district's casework-district-inbox-request-date).
UPDATE district.casework_inbox i SET requested_on = c.requested_on FROM case_file c WHERE i.case_id = c.id;
