-- ParCheck schema, version 4: the unit a visit's content is identified with.
--
-- A visit's content fingerprint (V001 visit.fingerprint, V002 part hashes) covers the uuid of the visited unit.
-- When a package brings a visit whose unit this laptop already has under another uuid (two laptops that each
-- made the same commune: matched by type, code, name and validity), the visit points at this laptop's unit, and
-- content_unit_uuid keeps the uuid the visit was made with, so the fingerprint computed on the laptop that
-- finalised it still verifies here and on any laptop the visit travels on to. Null (the usual case) means the
-- unit's own uuid. Moving a visit to another unit clears it: a visit to another unit is other content.

ALTER TABLE visit ADD COLUMN content_unit_uuid UUID;
