-- PostgreSQL only (the province server, #17), applied before V001: the laptop's migrations (db/migration) run
-- unchanged on both engines; the one type name they use that PostgreSQL lacks is defined here.
-- CLOB (H2's character large object) is PostgreSQL's TEXT, which has no length limit either.
CREATE DOMAIN clob AS text;
