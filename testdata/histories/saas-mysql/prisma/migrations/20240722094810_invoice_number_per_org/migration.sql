/*
  Warnings:

  - A unique constraint covering the columns `[prefix]` on the table `ApiKey` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[organizationId,number]` on the table `Invoice` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX `Invoice_number_key` ON `Invoice`; -- expect: drop-unique-constraint

-- CreateIndex
CREATE UNIQUE INDEX `ApiKey_prefix_key` ON `ApiKey`(`prefix`); -- expect: add-unique-constraint

-- CreateIndex
CREATE UNIQUE INDEX `Invoice_organizationId_number_key` ON `Invoice`(`organizationId`, `number`); -- ok: number alone was unique until now
