-- Dropping a column's unique index or foreign key first is part of the column's drop: drop-column names them,
-- drop-index, drop-unique-constraint and drop-foreign-key stay silent.
-- rules: drop-column, drop-index, drop-unique-constraint, drop-foreign-key
-- migration: 20240101000000_init
CREATE TABLE "Team" ("id" SERIAL NOT NULL, CONSTRAINT "Team_pkey" PRIMARY KEY ("id"));
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER,
    "email" TEXT,
    "zip" TEXT,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_teamId_idx" ON "User"("teamId");
CREATE UNIQUE INDEX "User_zip_key" ON "User"("zip");
ALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migration: 20240102000000_drop_team_and_email
-- DropForeignKey
ALTER TABLE "User" DROP CONSTRAINT "User_teamId_fkey"; -- ok: goes with teamId, dropped below
-- DropIndex
DROP INDEX "User_email_key"; -- ok: goes with email, dropped below
-- DropIndex
DROP INDEX "User_teamId_idx"; -- ok: goes with teamId
-- DropIndex
DROP INDEX "User_zip_key"; -- expect: drop-unique-constraint
-- AlterTable
ALTER TABLE "User" DROP COLUMN "email"; -- expect: drop-column "unique index User_email_key was dropped with it earlier in this migration"
ALTER TABLE "User" DROP COLUMN "teamId"; -- expect: drop-column "index User_teamId_idx, foreign key User_teamId_fkey were dropped with it"
