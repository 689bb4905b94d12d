-- change-primary-key on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "Member" ("teamId" INTEGER NOT NULL, "userId" INTEGER NOT NULL, "id" INTEGER NOT NULL,
    CONSTRAINT "Member_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" INTEGER NOT NULL, "slug" TEXT NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_composite
-- AlterTable
ALTER TABLE "Member" DROP CONSTRAINT "Member_pkey", -- expect: change-primary-key, blocks-writes
ADD CONSTRAINT "Member_pkey" PRIMARY KEY ("teamId", "userId"); -- expect: add-unique-constraint

-- migration: 20240103000000_widened_key
ALTER TABLE "Member" DROP CONSTRAINT "Member_pkey", -- expect: change-primary-key, blocks-writes
ADD CONSTRAINT "Member_pkey" PRIMARY KEY ("teamId", "userId", "id"); -- ok: contains the old key, so no duplicates

-- migration: 20240104000000_key_stays
ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey", -- expect: blocks-writes -- ok: no change-primary-key, the key stays (id)
ADD CONSTRAINT "Post_pkey" PRIMARY KEY ("id");
