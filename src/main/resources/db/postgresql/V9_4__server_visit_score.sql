-- PostgreSQL only (the province server, #17): each visit's score kept on the server, so that a ranking across plans
-- and years over 10,000 visits reads one small row per visit instead of every answer (decision D28,
-- docs/decisions/0028-kept-scores-keyed-by-revision-and-rules.md).
--
-- A kept score is used only while ALL of its key still holds, checked on every read against the visit as it is now:
--   server_revision        the visit's revision in server_revision: every sync that changes anything of the visit
--                          gives it a new one, in the same transaction as the change (SyncPush)
--   rules_version          ScoringEngine.RULES_VERSION of the ParCheck that worked it out: bumped whenever a change
--                          to the scoring code changes any score (ScoringRulesVersionTest holds it to the golden scores)
--   framework_version_uuid the framework version scored against; only published or retired versions (never changed,
--                          D7) are kept, a draft's visits are always scored from their answers
--   unit_type              the type of the visit's unit (an item out of scope for a unit type scores N/A)
-- Anything else is a miss: the visit is scored from its answers, exactly as without this table.
--
-- Values are kept as text (BigDecimal.toString), not NUMERIC: NUMERIC cannot hold a negative scale (1.0E+2), so a
-- value would come back equal in amount but not in form; text gives back exactly what the engine gave.
CREATE TABLE server_visit_score (
    visit_id               BIGINT        NOT NULL PRIMARY KEY,
    server_revision        BIGINT        NOT NULL,
    rules_version          INT           NOT NULL,
    framework_version_uuid UUID          NOT NULL,
    unit_type              VARCHAR(24)   NOT NULL,
    total                  VARCHAR(100)  NOT NULL,
    scored_max             VARCHAR(100)  NOT NULL,
    percent                VARCHAR(100),
    pending_items          INT           NOT NULL,
    classification         VARCHAR(300),
    computed_at            TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    computed_by            VARCHAR(200)  NOT NULL DEFAULT current_user,
    CONSTRAINT fk_server_visit_score_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE,
    CONSTRAINT ck_server_visit_score_pending CHECK (pending_items >= 0)
);

-- Who reads and writes: read like the visit itself (the office and leaders all, an inspector their plans' visits);
-- written only by the reform office (grants and policy): a score is not evidence of anything, so no one who could
-- make it disagree with the answers it claims to come from may write it. Leaders read only; inspectors' laptops never
-- write scores here (D28).
ALTER TABLE server_visit_score ENABLE ROW LEVEL SECURITY;
CREATE POLICY server_visit_score_read ON server_visit_score FOR SELECT
    USING ((SELECT parcheck_sees_all()) OR visit_id IN (SELECT v.id FROM visit v));
CREATE POLICY server_visit_score_office ON server_visit_score FOR ALL
    USING ((SELECT parcheck_is_office())) WITH CHECK ((SELECT parcheck_is_office()));
GRANT SELECT ON server_visit_score TO parcheck_office, parcheck_inspector, parcheck_leader;
GRANT INSERT, UPDATE, DELETE ON server_visit_score TO parcheck_office;
