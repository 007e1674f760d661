-- Access (README "Access"): what the scoped lists and the audit log query need.

-- A commune officer's lists: the cells of one commune (members and meetings are then found by cell).
CREATE INDEX party_org_commune_idx ON party_org (commune_code, id) WHERE commune_code IS NOT NULL;

-- auditLog(filter: { actor }) pages newest first within one actor.
CREATE INDEX audit_log_actor_idx ON audit_log (actor, id);
