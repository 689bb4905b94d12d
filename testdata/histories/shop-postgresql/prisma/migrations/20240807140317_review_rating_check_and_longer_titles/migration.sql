-- AlterTable
ALTER TABLE "Review" ALTER COLUMN "title" SET DATA TYPE VARCHAR(200); -- expect: column-type-change

-- Added by hand: Prisma cannot express CHECK constraints. The API has only
-- accepted ratings from 1 to 5 since launch; now the database says so too.
ALTER TABLE "Review" ADD CONSTRAINT "Review_rating_check" CHECK ("rating" BETWEEN 1 AND 5); -- expect: add-check-constraint, add-foreign-key-validating
