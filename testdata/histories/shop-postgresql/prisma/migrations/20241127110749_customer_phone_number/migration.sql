-- Edited by hand after `prisma migrate dev --create-only`: Prisma generated
-- DROP COLUMN "phone" + ADD COLUMN "phoneNumber", which would have emptied
-- every phone number. RENAME COLUMN keeps them.
-- AlterTable
ALTER TABLE "Customer" RENAME COLUMN "phone" TO "phoneNumber"; -- expect: rename-column
