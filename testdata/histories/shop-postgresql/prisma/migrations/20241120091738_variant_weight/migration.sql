-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "active" SET DEFAULT false;

-- AlterTable
ALTER TABLE "Variant" ADD COLUMN     "weightGrams" INTEGER;
