-- drop-primary-key on PostgreSQL: DROP CONSTRAINT "x_pkey".
-- migration: 20240101000000_init
CREATE TABLE "Log" ("id" INTEGER NOT NULL, CONSTRAINT "Log_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_drop
ALTER TABLE "Log" DROP CONSTRAINT "Log_pkey"; -- expect: drop-primary-key

-- migration: 20240103000000_new_table
CREATE TABLE "Tmp" ("id" INTEGER NOT NULL, CONSTRAINT "Tmp_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Tmp" DROP CONSTRAINT "Tmp_pkey"; -- ok: the table is new in this migration
