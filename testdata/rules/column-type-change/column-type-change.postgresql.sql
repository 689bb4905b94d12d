-- column-type-change on PostgreSQL, including Prisma's SET DATA TYPE and its enum rewrite.
-- migration: 20240101000000_init
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(191) NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "bio" VARCHAR(500),
    "seenAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- migration: 20240102000000_widen
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE TEXT; -- expect: column-type-change
ALTER TABLE "User" ALTER COLUMN "visits" TYPE BIGINT; -- expect: column-type-change, blocks-writes
ALTER TABLE "User" ALTER COLUMN "seenAt" SET DATA TYPE TIMESTAMPTZ(3); -- expect: column-type-change, blocks-writes, multiple-rebuilds

-- migration: 20240103000000_enum_value_added_by_rewrite
-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN', 'MODERATOR');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new"); -- expect: blocks-writes -- ok: only a value added
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- migration: 20240104000000_not_type_changes
ALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL; -- expect: set-not-null, blocks-writes -- and no type change
ALTER TABLE "User" ALTER COLUMN "bio" SET DEFAULT ''; -- ok: not a type change
ALTER TABLE "User" ALTER COLUMN "bio" SET DATA TYPE VARCHAR(500); -- ok: the same type restated
