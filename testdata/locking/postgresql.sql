-- Cases for the online-DDL cost model, target postgresql:15. Each case is one statement, run on a fresh copy of the
-- setup (tables with rows). ServerObservationsTest runs each case on a real PostgreSQL inside a transaction and checks
-- the strongest lock its backend holds on each table (pg_locks) and whether the table's relfilenode changed (a
-- rewrite) against the model's prediction.
-- "-- case: <title>" starts a case; "-- not on a server: <reason>" inside a case keeps it out of the server run.

-- setup
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TYPE "Role_new" AS ENUM ('MEMBER', 'ADMIN');

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" VARCHAR(50),
    "bio" TEXT,
    "age" INTEGER,
    "score" DECIMAL(10,2),
    "role" "Role" NOT NULL DEFAULT 'USER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Log" (
    "id" INTEGER NOT NULL,
    "userId" INTEGER,
    "message" TEXT
);

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_name_idx" ON "User"("name");
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Post" ADD CONSTRAINT "Post_views_check" CHECK ("views" >= 0) NOT VALID;
ALTER TABLE "Log" ADD CONSTRAINT "Log_message_present" CHECK ("message" IS NOT NULL);

INSERT INTO "User" ("email", "name", "bio", "age", "score", "role") VALUES ('a@example.com', 'Ada', 'hi', 36, 1.5, 'ADMIN'), ('b@example.com', 'Bo', NULL, 41, 2, 'ADMIN'), ('c@example.com', 'Cy', 'yo', 28, NULL, 'ADMIN');
INSERT INTO "Post" ("authorId", "title") VALUES (1, 'First'), (1, 'Second'), (2, 'Third');
INSERT INTO "Log" ("id", "userId", "message") VALUES (1, 1, 'boot'), (2, NULL, 'ready'), (3, 2, 'stop');

-- case: add a nullable column
ALTER TABLE "User" ADD COLUMN "nickname" TEXT;

-- case: add a NOT NULL column with a constant default
ALTER TABLE "User" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;

-- case: add a column with a CURRENT_TIMESTAMP default
ALTER TABLE "User" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- case: add a column with a volatile default
ALTER TABLE "User" ADD COLUMN "token" UUID NOT NULL DEFAULT gen_random_uuid();

-- case: add a SERIAL column
ALTER TABLE "Log" ADD COLUMN "seq" SERIAL NOT NULL;

-- case: add a column with an inline unique constraint
ALTER TABLE "User" ADD COLUMN "handle" TEXT UNIQUE;

-- case: add a column with an inline foreign key
ALTER TABLE "Log" ADD COLUMN "postId" INTEGER REFERENCES "Post"("id");

-- case: drop a column
ALTER TABLE "User" DROP COLUMN "bio";

-- case: rename a column
ALTER TABLE "User" RENAME COLUMN "bio" TO "about";

-- case: change INTEGER to BIGINT
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT;

-- case: widen a VARCHAR
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100);

-- case: VARCHAR to TEXT
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE TEXT;

-- case: narrow a VARCHAR
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(20);

-- case: TEXT to VARCHAR(n)
ALTER TABLE "User" ALTER COLUMN "bio" SET DATA TYPE VARCHAR(500);

-- case: raise DECIMAL precision
ALTER TABLE "User" ALTER COLUMN "score" SET DATA TYPE DECIMAL(12,2);

-- case: change DECIMAL scale
ALTER TABLE "User" ALTER COLUMN "score" SET DATA TYPE DECIMAL(10,4);

-- case: move a column to a new enum type
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT,
ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");

-- case: set a default
ALTER TABLE "Post" ALTER COLUMN "views" SET DEFAULT 1;

-- case: drop a default
ALTER TABLE "Post" ALTER COLUMN "views" DROP DEFAULT;

-- case: set NOT NULL
ALTER TABLE "User" ALTER COLUMN "age" SET NOT NULL;

-- case: drop NOT NULL
ALTER TABLE "Post" ALTER COLUMN "title" DROP NOT NULL;

-- case: create an index
CREATE INDEX "Post_title_idx" ON "Post"("title");

-- case: create a unique index
CREATE UNIQUE INDEX "Log_id_key" ON "Log"("id");

-- case: create an index concurrently
CREATE INDEX CONCURRENTLY "Post_views_idx" ON "Post"("views");
-- not on a server: CREATE INDEX CONCURRENTLY cannot run inside a transaction block

-- case: drop an index
DROP INDEX "User_name_idx";

-- case: rename an index
ALTER INDEX "User_name_idx" RENAME TO "User_displayName_idx";

-- case: add a foreign key
ALTER TABLE "Log" ADD CONSTRAINT "Log_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- case: add a foreign key NOT VALID
ALTER TABLE "Log" ADD CONSTRAINT "Log_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") NOT VALID;

-- case: add a CHECK constraint
ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0);

-- case: add a CHECK constraint NOT VALID
ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0) NOT VALID;

-- case: drop a foreign key
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- case: add a UNIQUE constraint
ALTER TABLE "Post" ADD CONSTRAINT "Post_title_key" UNIQUE ("title");

-- case: add a primary key
ALTER TABLE "Log" ADD CONSTRAINT "Log_pkey" PRIMARY KEY ("id");

-- case: rename a table
ALTER TABLE "Log" RENAME TO "EventLog";

-- case: add an enum value
ALTER TYPE "Role" ADD VALUE 'OWNER';

-- case: drop a table
DROP TABLE "Log";

-- case: truncate a table
TRUNCATE TABLE "Log";

-- case: add two columns and drop one in one statement
ALTER TABLE "User" ADD COLUMN "city" TEXT,
ADD COLUMN "zip" TEXT,
DROP COLUMN "bio";

-- case: validate a constraint added NOT VALID
ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_views_check";

-- case: set NOT NULL where a validated CHECK already proves it
ALTER TABLE "Log" ALTER COLUMN "message" SET NOT NULL;

-- case: make an existing unique index a UNIQUE constraint
ALTER TABLE "User" ADD CONSTRAINT "User_email_unique" UNIQUE USING INDEX "User_email_key";
