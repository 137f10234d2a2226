--liquibase formatted sql

-- Refused attempts at records (403/404 on a record named in the request) join the trail (docs/adr/0028).
-- Only the allowed actions change: the table, its chain and its guards stay as 010-audit.sql made them.

--changeset casa:audit-event-denied-action
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
  CHECK (action IN ('READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'DENIED'));
