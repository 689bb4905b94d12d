-- drop-column on PostgreSQL.
-- migration: 20240101000000_init
-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "twitter" TEXT,
    "bio" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- migration: 20240102000000_drop_twitter
/*
  Warnings:

  - You are about to drop the column `twitter` on the `User` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "User" DROP COLUMN "twitter"; -- expect: drop-column

-- migration: 20240103000000_added_here
ALTER TABLE "User" ADD COLUMN "tmp" INTEGER;
ALTER TABLE "User" DROP COLUMN "tmp"; -- ok: the column is new in this migration

-- migration: 20240104000000_two_clauses
ALTER TABLE "User" ADD COLUMN "about" TEXT,
DROP COLUMN "bio"; -- expect: drop-column "how Prisma writes a rename"

-- migration: 20240105000000_new_table
CREATE TABLE "Draft" ("id" SERIAL NOT NULL, "body" TEXT, CONSTRAINT "Draft_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Draft" DROP COLUMN "body"; -- ok: the table is new in this migration

-- migration: 20250101000000_drop_type_cascade
CREATE TYPE "Mood" AS ENUM ('SAD', 'OK');
CREATE TYPE "Spare" AS ENUM ('A');
ALTER TABLE "User" ADD COLUMN "mood" "Mood";

-- migration: 20250102000000_drop_type_cascade_later
DROP TYPE "Mood" CASCADE; -- expect: drop-column "DROP TYPE Mood CASCADE drops column User.mood"
DROP TYPE "Spare" CASCADE; -- ok: no column uses it
