-- drop-default on PostgreSQL, including Prisma's enum rewrite that drops and restores the default.
-- migration: 20240101000000_init
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "User" ("id" SERIAL NOT NULL, "plan" TEXT NOT NULL DEFAULT 'free', "role" "Role" NOT NULL DEFAULT 'USER',
    "note" TEXT DEFAULT 'x', CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_drop
ALTER TABLE "User" ALTER COLUMN "plan" DROP DEFAULT; -- expect: drop-default "the default 'free'"

-- migration: 20240103000000_enum_rewrite
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN', 'OWNER');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT; -- ok: restored below
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new"); -- expect: blocks-writes "changing \"role\" from Role to the new Role (Role_new) rewrites every row"
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- migration: 20240104000000_nullable
ALTER TABLE "User" ALTER COLUMN "note" DROP DEFAULT; -- ok: nullable
