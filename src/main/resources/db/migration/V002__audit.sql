-- ParCheck schema, version 2: the visit content fingerprint's part hashes.
--
-- When a visit is finalised, visit.fingerprint (V001) gets the SHA-256 of the visit's canonical content
-- (org.parcheck.answering.audit.CanonicalForm). This table keeps the SHA-256 of each part of that content
-- ("visit", "answer 3.2.1", "figure received", "attendee <uuid>", ...) beside it, so that checking a visit can
-- say which parts changed since it was finalised. Rows are written with the fingerprint, in the same
-- transaction, and removed when the visit is reopened.

CREATE TABLE visit_fingerprint_part (
    visit_id  BIGINT        NOT NULL,
    part_key  VARCHAR(200)  NOT NULL,
    sha256    VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_visit_fingerprint_part PRIMARY KEY (visit_id, part_key),
    CONSTRAINT fk_visit_fingerprint_part_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
);
