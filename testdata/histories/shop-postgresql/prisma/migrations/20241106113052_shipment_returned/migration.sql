-- AlterEnum
ALTER TYPE "ShipmentStatus" ADD VALUE 'RETURNED';

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "returnedAt" TIMESTAMP(3);
