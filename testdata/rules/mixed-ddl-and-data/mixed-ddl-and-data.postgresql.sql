-- mixed-ddl-and-data is a MySQL rule: PostgreSQL runs a Prisma migration in one transaction.
-- migration: 20240101000000_init
CREATE TABLE "Plan" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL);
INSERT INTO "Plan" ("name") VALUES ('free'); -- ok: PostgreSQL DDL is transactional

-- migration: 20240102000000_data_only
UPDATE "Plan" SET "name" = 'basic' WHERE "name" = 'free'; -- ok: no DDL here either
