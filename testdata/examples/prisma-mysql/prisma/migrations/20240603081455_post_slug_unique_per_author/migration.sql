/*
  Warnings:

  - A unique constraint covering the columns `[authorId,slug]` on the table `Post` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX `Post_slug_key` ON `Post`;

-- CreateIndex
CREATE UNIQUE INDEX `Post_authorId_slug_key` ON `Post`(`authorId`, `slug`); -- ok: slug alone was unique until now
