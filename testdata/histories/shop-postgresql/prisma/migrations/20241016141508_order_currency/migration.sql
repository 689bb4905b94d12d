-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "currency" VARCHAR(3) NOT NULL DEFAULT 'USD';

-- AlterTable
ALTER TABLE "Payment" ALTER COLUMN "currency" DROP DEFAULT; -- expect: drop-default
