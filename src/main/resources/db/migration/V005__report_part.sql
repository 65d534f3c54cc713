-- ParCheck schema, version 5: the report part of a visit is complete before it is finalised (issue #15 §1).
--
-- visit_team_present: which members of the plan's team (team_member.uuid) were present at the visit. Keyed by
-- the member's uuid, not its row id, so that it travels in packages and is covered by the content fingerprint
-- like everything else; a member later removed from the plan keeps its line here.
-- visit.no_unit_opinion: the unit said explicitly that it has no opinion ("Đơn vị không có ý kiến").
-- visit_handwritten: a part of the biên bản the team chose to leave to be written by hand on the paper, with the
-- reason (the report prints dotted lines for it, and finalising does not ask for it).

CREATE TABLE visit_team_present (
    visit_id          BIGINT  NOT NULL,
    team_member_uuid  UUID    NOT NULL,
    CONSTRAINT pk_visit_team_present PRIMARY KEY (visit_id, team_member_uuid),
    CONSTRAINT fk_visit_team_present_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
);

ALTER TABLE visit ADD COLUMN no_unit_opinion BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE visit_handwritten (
    visit_id  BIGINT         NOT NULL,
    part      VARCHAR(16)    NOT NULL,
    reason    VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_visit_handwritten PRIMARY KEY (visit_id, part),
    CONSTRAINT fk_visit_handwritten_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE,
    CONSTRAINT ck_visit_handwritten_part CHECK (part IN ('TIMES', 'TEAM', 'ATTENDEES', 'OPINION'))
);
