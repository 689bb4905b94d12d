/*
  Warnings:

  - Made the column `number` on table `Order` required. This step will fail if there are existing NULL values in that column.
  - A unique constraint covering the columns `[number]` on the table `Order` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Order" ALTER COLUMN "number" SET NOT NULL; -- expect: set-not-null, blocks-writes

-- CreateIndex
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number"); -- expect: add-unique-constraint, require-concurrent-index
