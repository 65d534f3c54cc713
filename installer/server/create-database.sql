-- ParCheck province server (#17): the roles and the empty database. Run ONCE per PostgreSQL server (15, 16 or 17),
-- as a superuser, before "parcheck server upgrade" makes the schema:
--
--     sudo -u postgres psql -f create-database.sql             (Debian/Ubuntu)
--     psql -U postgres -f create-database.sql                  (Windows: in "SQL Shell (psql)" or cmd)
--
-- Running it again changes nothing (every step checks first). It makes:
--   parcheck_owner      NOLOGIN: owns the database and every table; "parcheck server upgrade" migrates as it
--   parcheck_office     NOLOGIN group: the reform office (reads and writes everything, publishes frameworks)
--   parcheck_inspector  NOLOGIN group: inspectors (only the plans they are members of)
--   parcheck_leader     NOLOGIN group: leaders (read everything, write nothing)
--   parcheck_admin      LOGIN, CREATEROLE: the IT staff's login for the "parcheck server" commands; a member of the
--                       owner (so it may upgrade) and admin of the three groups (so it may add accounts)
--   parcheck            the database, owned by parcheck_owner, closed to everyone but the four groups
-- Then give parcheck_admin a password:    \password parcheck_admin      (docs/server/setup.md, step 3)
-- The schema itself (tables, row-level security, grants) is made by "parcheck server upgrade", never by hand: it is
-- the same Flyway history as on the laptops, plus the server's own migrations (src/main/resources/db/postgresql).
-- The name "parcheck" may be changed here (all four places below) if the server already has a database of that name.

\set ON_ERROR_STOP on

DO $$
DECLARE
    group_role text;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['parcheck_owner', 'parcheck_office', 'parcheck_inspector', 'parcheck_leader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = group_role) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'parcheck_admin') THEN
        CREATE ROLE parcheck_admin LOGIN CREATEROLE;
    END IF;
END
$$;

GRANT parcheck_owner TO parcheck_admin;
GRANT parcheck_office, parcheck_inspector, parcheck_leader TO parcheck_admin WITH ADMIN OPTION;

-- the database, only if it is not there yet (psql runs the statement the SELECT returns)
SELECT 'CREATE DATABASE parcheck OWNER parcheck_owner ENCODING ''UTF8'' TEMPLATE template0'
    WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'parcheck')
\gexec

REVOKE ALL ON DATABASE parcheck FROM PUBLIC;
GRANT CONNECT ON DATABASE parcheck TO parcheck_office, parcheck_inspector, parcheck_leader, parcheck_admin;
