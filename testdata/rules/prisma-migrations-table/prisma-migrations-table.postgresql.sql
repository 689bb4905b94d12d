-- prisma-migrations-table on PostgreSQL.
-- migration: 20240101000000_fix
DELETE FROM "_prisma_migrations" WHERE "migration_name" LIKE '2024%'; -- expect: prisma-migrations-table
ALTER TABLE "_prisma_migrations" ADD COLUMN "note" TEXT; -- expect: prisma-migrations-table
INSERT INTO "prisma_migrations_archive" VALUES (1); -- ok: a different table
