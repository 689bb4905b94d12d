-- AlterEnum
ALTER TYPE "OrderStatus" ADD VALUE 'ON_HOLD';

-- AlterTable
ALTER TABLE "Payment" ALTER COLUMN "amountCents" SET DATA TYPE BIGINT; -- expect: column-type-change, blocks-writes
