/*
  Warnings:

  - You are about to alter the column `title` on the `Post` table. The data in that column could be lost. The data in that column will be cast from `VarChar(500)` to `VarChar(200)`.

*/
-- AlterTable
ALTER TABLE `Post` MODIFY `title` VARCHAR(200) NOT NULL,
    MODIFY `viewCount` BIGINT NOT NULL DEFAULT 0;
