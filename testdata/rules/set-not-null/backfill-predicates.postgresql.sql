-- rules: set-not-null, add-required-column, truncate-table
-- set-not-null reads what a backfill's WHERE proves about the rows it leaves: every NULL filled or deleted.
-- migration: 20240101000000_init
CREATE TABLE "Place" ("id" SERIAL NOT NULL, "lat" DOUBLE PRECISION, "lng" DOUBLE PRECISION, "name" TEXT,
    "city" TEXT, "zip" TEXT, "note" TEXT, CONSTRAINT "Place_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Log" ("id" SERIAL NOT NULL, "level" TEXT, "source" TEXT, CONSTRAINT "Log_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_delete_rows_without_coordinates
DELETE FROM "Place" WHERE "lat" IS NULL OR "lng" IS NULL;
ALTER TABLE "Place" ALTER COLUMN "lat" SET NOT NULL, -- ok: the DELETE left no row with a NULL lat
    ALTER COLUMN "lng" SET NOT NULL; -- ok: nor with a NULL lng

-- migration: 20240103000000_backfill_two_columns
UPDATE "Place" SET "name" = '', "city" = '' WHERE NOT ("name" IS NOT NULL AND "city" IS NOT NULL);
ALTER TABLE "Place" ALTER COLUMN "name" SET NOT NULL, -- ok: every row with a NULL name was given one
    ALTER COLUMN "city" SET NOT NULL; -- ok: and every row with a NULL city

-- migration: 20240104000000_backfill_that_misses_rows
UPDATE "Place" SET "zip" = '00000' WHERE "zip" IS NULL AND "id" < 1000;
ALTER TABLE "Place" ALTER COLUMN "zip" SET NOT NULL; -- expect: set-not-null "Place.zip becomes NOT NULL" -- rows from id 1000 on keep their NULLs

-- migration: 20240105000000_backfill_through_a_join
UPDATE "Place" SET "note" = t."label" FROM "Tag" t WHERE t."placeId" = "Place"."id" AND "Place"."note" IS NULL;
ALTER TABLE "Place" ALTER COLUMN "note" SET NOT NULL; -- expect: set-not-null "Place.note becomes NOT NULL" -- places without a tag keep their NULL

-- migration: 20240106000000_emptied_first
TRUNCATE TABLE "Log"; -- expect: truncate-table
ALTER TABLE "Log" ALTER COLUMN "level" SET NOT NULL; -- ok: the table is empty

-- migration: 20240107000000_rows_written_after_the_backfill
UPDATE "Log" SET "source" = 'app' WHERE "source" IS NULL;
INSERT INTO "Log" ("level") VALUES ('info');
ALTER TABLE "Log" ALTER COLUMN "source" SET NOT NULL; -- expect: set-not-null "Log.source becomes NOT NULL" -- the INSERT wrote a NULL source after the backfill

-- migration: 20240108000000_added_to_an_emptied_table
CREATE TABLE "Draft" ("id" SERIAL NOT NULL, "title" TEXT, CONSTRAINT "Draft_pkey" PRIMARY KEY ("id"));

-- migration: 20240109000000_emptied_then_added
TRUNCATE "Draft"; -- expect: truncate-table
ALTER TABLE "Draft" ADD COLUMN "slug" TEXT;
ALTER TABLE "Draft" ALTER COLUMN "slug" SET NOT NULL; -- expect: add-required-column -- ok: no set-not-null, the table has no rows

-- migration: 20240110000000_filled_in_a_block_we_cannot_read
ALTER TABLE "Log" ADD COLUMN "host" TEXT;
DO $$ BEGIN UPDATE "Log" SET "host" = 'a'; END $$;
ALTER TABLE "Log" ALTER COLUMN "host" SET NOT NULL; -- expect: add-required-column -- ok: no set-not-null, the DO block may fill it

-- migration: 20240111000000_filled_through_a_join
ALTER TABLE "Place" ADD COLUMN "country" TEXT;
UPDATE "Place" p SET "country" = c."name" FROM "Place" c WHERE c."id" = p."id";
ALTER TABLE "Place" ALTER COLUMN "country" SET NOT NULL; -- expect: add-required-column, set-not-null "the UPDATE that fills it is not shown to reach every row"
