-- The kept list as version 1 of the schema wrote it (before secret_state, last_seen_at, last_error and the
-- operation log). registry-v1.sqlite next to it is the stored file with these rows (made once from this
-- script, WAL mode, closed cleanly); tst_registry opens a copy of that file, and a file replayed from this
-- script, and checks that both migrate 1 -> 2 -> 3 and keep every row. Do not edit either: they stand for
-- files in the field.
CREATE TABLE applications ( client_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, url TEXT NOT NULL DEFAULT '', data_center TEXT NOT NULL, origin TEXT NOT NULL CHECK (origin IN ('created', 'imported')), created_at INTEGER NOT NULL);
CREATE TABLE calendars ( id INTEGER PRIMARY KEY, client_id TEXT NOT NULL REFERENCES applications(client_id) ON DELETE CASCADE, application_calendar_id TEXT NOT NULL, sub TEXT NOT NULL DEFAULT '', profile_id TEXT NOT NULL DEFAULT '', profile_name TEXT NOT NULL DEFAULT '', provider_name TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL DEFAULT '', provisioned_at INTEGER, status TEXT NOT NULL CHECK (status IN ('active', 'revoked', 'failed')), UNIQUE (client_id, application_calendar_id));
INSERT INTO applications VALUES ('cli_v1_one', 'Rooms (Berlin)', 'https://rooms.example', 'de', 'created', 1700000000000);
INSERT INTO applications VALUES ('cli_v1_two', 'Ünïcode, "quoted"', '', 'us', 'imported', 1700000100000);
INSERT INTO calendars VALUES (1, 'cli_v1_one', 'room-1', 'apc_111', 'pro_1', 'room-1@rooms.example', 'Cronofy', 'read_write', 1700000200000, 'active');
INSERT INTO calendars VALUES (2, 'cli_v1_one', 'room-2', 'apc_222', 'pro_2', 'room-2@rooms.example', 'Cronofy', 'read_write', 1700000300000, 'revoked');
INSERT INTO calendars VALUES (3, 'cli_v1_one', 'room-3', '', '', '', '', '', NULL, 'failed');
INSERT INTO calendars VALUES (4, 'cli_v1_two', 'room-1', 'apc_444', 'pro_4', 'Zoë', 'Cronofy', 'read_only', 1700000400000, 'active');
PRAGMA user_version = 1;
