-- lossy-type-change on PostgreSQL, with Prisma's enum rewrite that removes a value.
-- rules: all but blocks-writes, multiple-rebuilds
-- migration: 20240101000000_init
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST');
CREATE TYPE "Tier" AS ENUM ('LOW', 'HIGH');
CREATE TYPE "Perm" AS ENUM ('READ', 'WRITE');

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "bio" TEXT,
    "visits" BIGINT NOT NULL,
    "balance" DECIMAL(65,30) NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "code" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "tier" "Tier" NOT NULL,
    "perms" "Perm"[],

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- migration: 20240102000000_narrow
/*
  Warnings:

  - You are about to alter the column `title` on the `User` table. The data in that column could be lost. The data in that column will be cast from `VarChar(500)` to `VarChar(200)`.

*/
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "title" SET DATA TYPE VARCHAR(200); -- expect: lossy-type-change "values longer than 200 characters make it fail (error 22001)"
ALTER TABLE "User" ALTER COLUMN "bio" SET DATA TYPE VARCHAR(100); -- expect: lossy-type-change
ALTER TABLE "User" ALTER COLUMN "visits" SET DATA TYPE INTEGER; -- expect: lossy-type-change
ALTER TABLE "User" ALTER COLUMN "balance" SET DATA TYPE DECIMAL(10,2); -- expect: lossy-type-change "the scale shrinks from 30 to 2 digits"
ALTER TABLE "User" ALTER COLUMN "code" TYPE INTEGER USING ("code"::integer); -- expect: lossy-type-change

-- migration: 20240102100000_enum_value_removed_from_an_array_column
BEGIN;
CREATE TYPE "Perm_new" AS ENUM ('READ');
ALTER TABLE "User" ALTER COLUMN "perms" TYPE "Perm_new"[] USING ("perms"::text::"Perm_new"[]); -- expect: lossy-type-change "the value 'WRITE' is removed" -- an array of a quoted enum name
ALTER TYPE "Perm" RENAME TO "Perm_old";
ALTER TYPE "Perm_new" RENAME TO "Perm";
DROP TYPE "Perm_old";
COMMIT;

-- migration: 20240103000000_enum_value_removed
/*
  Warnings:

  - The values [GUEST] on the enum `Role` will be removed. If these variants are still used in the database, this will fail.

*/
-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new"); -- expect: lossy-type-change "to the new Role (Role_new, renamed Role later in this migration): the value 'GUEST' is removed"
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- migration: 20240104000000_not_lossy
ALTER TABLE "User" ALTER COLUMN "title" SET DATA TYPE VARCHAR(200); -- ok: the same type restated
ALTER TABLE "User" ALTER COLUMN "title" SET DATA TYPE TEXT; -- expect: column-type-change
ALTER TYPE "Role" ADD VALUE 'GUEST'; -- ok: appending an enum value loses nothing
ALTER TABLE "User" ADD COLUMN "tmp" VARCHAR(100);
ALTER TABLE "User" ALTER COLUMN "tmp" SET DATA TYPE VARCHAR(10); -- ok: the column is new in this migration

-- migration: 20240105000000_second_rewrite_after_the_first
-- AlterEnum: after the first rewrite the column is typed Role again, so a later removal is still seen
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new"); -- expect: lossy-type-change "the values 'ADMIN', 'GUEST' are removed"
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- migration: 20240106000000_enum_values_reordered_by_rewrite
-- AlterEnum: the cast goes through the text, so every row keeps its value; only ORDER BY changes
BEGIN;
CREATE TYPE "Tier_new" AS ENUM ('HIGH', 'LOW', 'TOP');
ALTER TABLE "User" ALTER COLUMN "tier" TYPE "Tier_new" USING ("tier"::text::"Tier_new"); -- expect: column-type-change "the existing values are reordered: every row keeps its value" -- ok: not lossy
ALTER TYPE "Tier" RENAME TO "Tier_old";
ALTER TYPE "Tier_new" RENAME TO "Tier";
DROP TYPE "Tier_old";
COMMIT;

-- migration: 20240106100000_enum_value_inserted_by_rewrite
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('ADMIN', 'USER', 'GUEST');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new"); -- expect: column-type-change "the value 'ADMIN' is inserted before existing values" -- ok: not lossy
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- migration: 20240107000000_text_made_an_enum_by_rewrite
BEGIN;
CREATE TYPE "Plan_new" AS ENUM ('FREE', 'PRO');
ALTER TABLE "User" ALTER COLUMN "plan" TYPE "Plan_new" USING ("plan"::text::"Plan_new"); -- expect: lossy-type-change "to the new Plan (Plan_new, renamed Plan later in this migration): text other than 'FREE', 'PRO' makes the cast fail"
ALTER TYPE "Plan_new" RENAME TO "Plan";
COMMIT;

-- migration: 20240120000000_unquoted_enum_type
CREATE TYPE subscription_interval AS ENUM ('day', 'week', 'month', 'year');
ALTER TABLE "User" ADD COLUMN plan_interval subscription_interval;

-- migration: 20240121000000_unquoted_enum_loses_values
CREATE TYPE "subscription_interval_new" AS ENUM ('month', 'year');
ALTER TABLE "User" ALTER COLUMN "plan_interval" TYPE "subscription_interval_new" USING ("plan_interval"::text::"subscription_interval_new"); -- expect: lossy-type-change "the values 'day', 'week' are removed"
ALTER TYPE "subscription_interval" RENAME TO "subscription_interval_old";
ALTER TYPE "subscription_interval_new" RENAME TO "subscription_interval";
DROP TYPE "subscription_interval_old";
