-- PostgreSQL only (the province server, #17): the server's own tables, never on a laptop. They run after the
-- laptops' V009 and before any later laptop migration (Flyway orders both folders by version).

-- What changed when: every visit or plan a sync writes to gets the next number of one sequence. A laptop remembers
-- the highest revision it has brought home and asks only for what came after it (a sync with nothing new reads one
-- index). plan_uuid is the plan a visit belongs to (a plan's own uuid for a plan): row-level security reads it.
CREATE SEQUENCE server_revision_seq;
CREATE TABLE server_revision (
    owner_uuid  UUID          NOT NULL PRIMARY KEY,
    plan_uuid   UUID          NOT NULL,
    is_plan     BOOLEAN       NOT NULL,
    revision    BIGINT        NOT NULL,
    updated_at  TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_by  VARCHAR(200)
);
CREATE INDEX ix_server_revision_revision ON server_revision (revision);
CREATE INDEX ix_server_revision_plan ON server_revision (plan_uuid);

-- Evidence files on the server, by content: the SHA-256 (lower-case hex) is checked when a file is uploaded and
-- again when a laptop brings it home.
CREATE TABLE server_file (
    sha256       CHAR(64)      NOT NULL PRIMARY KEY,
    size_bytes   BIGINT        NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    uploaded_by  VARCHAR(200),
    CONSTRAINT ck_server_file_size CHECK (size_bytes >= 0)
);

-- The people behind ParCheck's PostgreSQL login roles: what kind of account (the reform office, an inspector, a
-- leader who reads), and who the person is. A laptop connected with the role names that person as its inspector.
CREATE TABLE server_account (
    role_name    VARCHAR(63)   NOT NULL PRIMARY KEY,
    kind         VARCHAR(16)   NOT NULL,
    person_uuid  UUID          NOT NULL,
    full_name    VARCHAR(200)  NOT NULL,
    job_title    VARCHAR(300),
    agency       VARCHAR(300),
    CONSTRAINT ck_server_account_kind CHECK (kind IN ('OFFICE', 'INSPECTOR', 'LEADER'))
);

-- Which inspector accounts are on which plan's team: the reform office keeps it; row-level security reads it.
CREATE TABLE server_plan_member (
    plan_uuid  UUID         NOT NULL,
    role_name  VARCHAR(63)  NOT NULL,
    PRIMARY KEY (plan_uuid, role_name),
    CONSTRAINT fk_server_plan_member_account FOREIGN KEY (role_name) REFERENCES server_account (role_name)
        ON DELETE CASCADE
);
