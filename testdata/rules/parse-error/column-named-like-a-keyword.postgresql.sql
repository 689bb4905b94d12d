-- Column names PostgreSQL accepts unquoted that JSqlParser takes for keywords (written by hand in a real history).
-- migration: 20240101000000_init
CREATE TABLE subscriptions (id TEXT NOT NULL, "interval" TEXT, "position" INTEGER, "year" INTEGER, "end" TEXT);

-- migration: 20240102000000_drop_and_rename
ALTER TABLE subscriptions DROP COLUMN interval; -- expect: drop-column "column subscriptions.interval is dropped"
ALTER TABLE subscriptions RENAME COLUMN position TO year2; -- expect: rename-column
ALTER TABLE subscriptions RENAME COLUMN year TO level; -- expect: rename-column "year"
ALTER TABLE subscriptions DROP COLUMN IF EXISTS level; -- expect: drop-column

-- migration: 20240103000000_reserved_stays_an_error
ALTER TABLE subscriptions DROP COLUMN end; -- expect: parse-error -- END is reserved in PostgreSQL: the server refuses it too
