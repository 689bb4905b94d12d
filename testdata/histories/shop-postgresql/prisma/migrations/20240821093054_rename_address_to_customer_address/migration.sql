-- Edited by hand after `prisma migrate dev --create-only`: renaming the model
-- Address to CustomerAddress made Prisma drop "Address" and create a new table,
-- losing every saved address. Renaming keeps the rows; the key, sequence, index
-- and foreign key get the names Prisma expects for the new table.
-- AlterTable
ALTER TABLE "Address" RENAME TO "CustomerAddress"; -- expect: rename-table

-- AlterTable
ALTER TABLE "CustomerAddress" RENAME CONSTRAINT "Address_pkey" TO "CustomerAddress_pkey";

-- AlterSequence
ALTER SEQUENCE "Address_id_seq" RENAME TO "CustomerAddress_id_seq";

-- RenameForeignKey
ALTER TABLE "CustomerAddress" RENAME CONSTRAINT "Address_customerId_fkey" TO "CustomerAddress_customerId_fkey";

-- RenameIndex
ALTER INDEX "Address_customerId_idx" RENAME TO "CustomerAddress_customerId_idx";
