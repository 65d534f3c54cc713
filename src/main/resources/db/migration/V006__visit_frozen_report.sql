-- ParCheck schema, version 6: what a finalised visit's report prints from outside the visit, frozen.
--
-- The visit report (biên bản) prints the plan's number, date, issuing body and legal basis, the inspection team
-- (names, positions, roles) and the unit's name. They live in the plan, team and unit rows, which can be edited
-- after a visit is finalised. When a visit is finalised, ParCheck copies them here, in the same transaction as the
-- content fingerprint (V001 visit.fingerprint, V002 part hashes), as a JSON text; the fingerprint covers it
-- (org.parcheck.answering.audit.CanonicalForm, records "reportPlan", "reportUnit", "member") and the report of a
-- finalised visit prints from it, never from the live rows. Reopening a visit clears it; finalising again makes a
-- new one. Null for visits that are not finalised and for visits finalised before this version (their reports
-- keep printing the live plan, team and unit, and their fingerprints are unchanged).

ALTER TABLE visit ADD COLUMN frozen_report CLOB;
