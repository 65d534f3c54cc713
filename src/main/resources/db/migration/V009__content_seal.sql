-- ParCheck schema, version 9: content seals, to find damage inside the database file (issue #15, part 5).
--
-- H2 does not checksum the contents of its data pages, so a damaged byte can change a value without any error.
-- Every committed transaction updates, in the same transaction, the SHA-256 of what it touched: per visit (every
-- row of every table with a visit_id column, and the visit row itself) in visit_seal, and per table for the other
-- tables in table_seal. After opening, ParCheck reads every row of every table and compares (Database, ContentSeal).
-- Neither table is part of any visit's content; a visit's seal goes when the visit goes.

CREATE TABLE visit_seal (
    visit_id  BIGINT       NOT NULL,
    revision  BIGINT       NOT NULL,
    hash      VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_visit_seal PRIMARY KEY (visit_id),
    CONSTRAINT fk_visit_seal_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
);

CREATE TABLE table_seal (
    table_name VARCHAR(128) NOT NULL,
    row_count  BIGINT       NOT NULL,
    hash       VARCHAR(64)  NOT NULL,
    -- for an append-only table (change_log): the highest id sealed and the running sum of row hashes (hex), so that
    -- a save seals only the rows it added instead of reading the whole table again
    last_id    BIGINT,
    row_sum    VARCHAR(100),
    CONSTRAINT pk_table_seal PRIMARY KEY (table_name)
);
