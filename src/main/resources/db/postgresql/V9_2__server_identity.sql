-- PostgreSQL only (the province server, #17, sync): the server's identity. A laptop keeps what it has synced with a
-- server (the highest revision brought home, what it has sent) under this id, so that a laptop moved to another server,
-- or a server restored from an older backup into a new database, never mixes two servers' marks.
INSERT INTO app_setting (setting_key, setting_value) VALUES ('server_id', CAST(gen_random_uuid() AS VARCHAR(36)));
