-- PostgreSQL only (the province server, #17): who sees and writes what, enforced by the server itself.
--
-- Three group roles (NOLOGIN), one per kind of server_account; every person logs in with a role of their own that is
-- a member of exactly one group (parcheck server add-account):
--   parcheck_office     the reform office: reads and writes everything; the only one that writes frameworks,
--                       accounts and plan members (grants)
--   parcheck_inspector  an inspector: reads and writes only the plans server_plan_member gives them (row-level
--                       security), reads frameworks, units and the schema history; cannot make a plan
--   parcheck_leader     a leader: reads everything, writes nothing (no write grant at all)
-- The roles are cluster-wide, so installer/server/create-database.sql makes them (with the owner parcheck_owner).
-- When they do not exist yet (a test database, or a server set up by hand) this migration makes them if the
-- migrating role may (superuser or CREATEROLE), and otherwise stops with a message naming the script.
--
-- Row-level security is ENABLEd, not FORCEd: the table owner (parcheck_owner, NOLOGIN, used only by
-- "parcheck server upgrade") keeps seeing every row, so a later data migration reaches all of them instead of silently
-- the rows of no plan. Nobody logs in as the owner. Superusers bypass row-level security anyway.
-- Policies read pg_has_role(current_user, ...) at run time; "(SELECT f())" makes PostgreSQL evaluate it once per
-- statement, not once per row, so the office's queries over 10,000 visits pay nothing for the check.
-- The tables whose rows belong to a plan chain to their parent through a sub-select on the parent table, which is
-- itself filtered by its own policy: an answer is visible when its visit is, a visit when its plan is, a plan when
-- server_plan_member names current_user for it. The chain has no cycle.
-- A later migration that adds a table must add its grants (and a policy if its rows belong to a plan):
-- "parcheck server check" names the tables that have no policy or no grant (docs/server/setup.md).

DO $$
DECLARE
    group_role text;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['parcheck_office', 'parcheck_inspector', 'parcheck_leader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = group_role) THEN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
                RAISE EXCEPTION 'The role % does not exist and % may not create it: run installer/server/create-database.sql first (docs/server/setup.md)',
                    group_role, current_user;
            END IF;
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
            EXCEPTION WHEN duplicate_object THEN
                NULL; -- made meanwhile by another database's migration on the same server
            END;
        END IF;
    END LOOP;
END
$$;

-- Who the current login is, for the policies (run with the caller's rights: current_user is the login).
CREATE FUNCTION parcheck_is_office() RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT pg_has_role(current_user, 'parcheck_office', 'MEMBER') $$;
CREATE FUNCTION parcheck_sees_all() RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT pg_has_role(current_user, 'parcheck_office', 'MEMBER')
              OR pg_has_role(current_user, 'parcheck_leader', 'MEMBER') $$;

-- Accounts and plan members: each login reads its own rows (even a role in no group: how ParCheck names the person
-- behind a connection); the office and leaders read all; only the office writes (grants).
ALTER TABLE server_account ENABLE ROW LEVEL SECURITY;
CREATE POLICY server_account_read ON server_account FOR SELECT
    USING (role_name = current_user OR (SELECT parcheck_sees_all()));
CREATE POLICY server_account_office ON server_account FOR ALL
    USING ((SELECT parcheck_is_office())) WITH CHECK ((SELECT parcheck_is_office()));

ALTER TABLE server_plan_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY server_plan_member_read ON server_plan_member FOR SELECT
    USING (role_name = current_user OR (SELECT parcheck_sees_all()));
CREATE POLICY server_plan_member_office ON server_plan_member FOR ALL
    USING ((SELECT parcheck_is_office())) WITH CHECK ((SELECT parcheck_is_office()));

-- Plans: an inspector sees and edits the plans they are a member of, and cannot make or delete one (no grant).
ALTER TABLE inspection_plan ENABLE ROW LEVEL SECURITY;
CREATE POLICY inspection_plan_rows ON inspection_plan FOR ALL
    USING ((SELECT parcheck_sees_all())
        OR uuid IN (SELECT m.plan_uuid FROM server_plan_member m WHERE m.role_name = current_user))
    WITH CHECK ((SELECT parcheck_is_office())
        OR uuid IN (SELECT m.plan_uuid FROM server_plan_member m WHERE m.role_name = current_user));

-- A plan's own rows, by plan_id; every row of a visit, by visit_id. The check on writes is the same as on reads
-- (an inspector cannot move a row into a plan they cannot see); leaders have no write grant.
DO $$
DECLARE
    child text;
BEGIN
    FOREACH child IN ARRAY ARRAY['plan_framework', 'team_member', 'visit'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', child);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING ((SELECT parcheck_sees_all()) '
            || 'OR plan_id IN (SELECT p.id FROM inspection_plan p))', child || '_rows', child);
    END LOOP;
    FOREACH child IN ARRAY ARRAY['visit_attendee', 'figure_value', 'answer', 'evidence', 'finding', 'recommendation',
            'visit_fingerprint_part', 'visit_team_present', 'visit_handwritten', 'visit_seal'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', child);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING ((SELECT parcheck_sees_all()) '
            || 'OR visit_id IN (SELECT v.id FROM visit v))', child || '_rows', child);
    END LOOP;
END
$$;

-- The change log is append-only for everyone: read by visit, lines without a visit only by the office and leaders.
ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY change_log_read ON change_log FOR SELECT
    USING ((SELECT parcheck_sees_all()) OR visit_id IN (SELECT v.id FROM visit v));
CREATE POLICY change_log_add ON change_log FOR INSERT
    WITH CHECK ((SELECT parcheck_is_office()) OR visit_id IN (SELECT v.id FROM visit v));

-- What changed when, and the merge's memory: per visit or plan uuid.
ALTER TABLE server_revision ENABLE ROW LEVEL SECURITY;
CREATE POLICY server_revision_rows ON server_revision FOR ALL
    USING ((SELECT parcheck_sees_all()) OR plan_uuid IN (SELECT p.uuid FROM inspection_plan p));

ALTER TABLE exchange_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY exchange_history_rows ON exchange_history FOR ALL
    USING ((SELECT parcheck_sees_all())
        OR owner_uuid IN (SELECT v.uuid FROM visit v)
        OR owner_uuid IN (SELECT p.uuid FROM inspection_plan p)
        OR owner_uuid IN (SELECT r.owner_uuid FROM server_revision r));

-- Evidence files: read when an evidence row the login can see names the file, or the login uploaded it; anyone who
-- writes may upload (a file is only its bytes; the SHA-256 is its name).
ALTER TABLE server_file ENABLE ROW LEVEL SECURITY;
CREATE POLICY server_file_read ON server_file FOR SELECT
    USING ((SELECT parcheck_sees_all()) OR uploaded_by = current_user
        OR sha256 IN (SELECT e.attachment_sha256 FROM evidence e WHERE e.attachment_sha256 IS NOT NULL));
CREATE POLICY server_file_add ON server_file FOR INSERT WITH CHECK (true);
CREATE POLICY server_file_office ON server_file FOR ALL
    USING ((SELECT parcheck_is_office())) WITH CHECK ((SELECT parcheck_is_office()));
ALTER TABLE server_file ALTER COLUMN uploaded_by SET DEFAULT current_user;

-- Grants. Every table exists at this point (the laptops' V001-V009, the server's V9_1 and V9_2).
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO parcheck_office, parcheck_inspector, parcheck_leader',
        current_schema());
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO parcheck_office, parcheck_inspector, parcheck_leader',
        current_schema());
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO parcheck_office', current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO parcheck_office, parcheck_inspector',
        current_schema());
    -- the schema history is Flyway's (parcheck server upgrade, as the owner); everyone reads it (is it ParCheck's,
    -- which version), nobody else writes it
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM parcheck_office;
    END IF;
END
$$;
REVOKE UPDATE, DELETE ON change_log FROM parcheck_office;

-- An inspector writes their plans' visits and everything in them (a sync applies the same merge as a package
-- import, decision D15), the plan's own rows but not the plan itself, the sync's bookkeeping, new units met in the
-- field (and their parent/successor links), and evidence files; nothing of frameworks, accounts or members.
GRANT UPDATE ON inspection_plan TO parcheck_inspector;
GRANT INSERT, UPDATE, DELETE ON plan_framework, team_member, visit, visit_attendee, figure_value, answer, evidence,
    finding, recommendation, visit_fingerprint_part, visit_team_present, visit_handwritten, visit_seal,
    server_revision, exchange_history TO parcheck_inspector;
GRANT INSERT ON change_log, server_file, exchange_package TO parcheck_inspector;
GRANT INSERT, UPDATE ON admin_unit TO parcheck_inspector;
