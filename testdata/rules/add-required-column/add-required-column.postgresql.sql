-- add-required-column on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_required
/*
  Warnings:

  - Added the required column `plan` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL; -- expect: add-required-column "PostgreSQL rejects it if the table has rows (error 23502)"

-- migration: 20240103000000_safe
ALTER TABLE "User" ADD COLUMN "nickname" TEXT, -- expect: blocks-writes "\"seq\" with a sequence (SERIAL or IDENTITY) fills every row" -- ok: nullable
ADD COLUMN "score" INTEGER NOT NULL DEFAULT 0, -- ok: has a default
ADD COLUMN "seq" SERIAL NOT NULL, -- ok: filled by a sequence
ADD COLUMN "uuid" UUID NOT NULL DEFAULT gen_random_uuid(); -- ok: has a default
