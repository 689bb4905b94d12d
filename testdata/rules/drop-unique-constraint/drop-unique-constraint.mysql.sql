-- drop-unique-constraint on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `slug` VARCHAR(191) NOT NULL,
    `handle` VARCHAR(191) NOT NULL,
    `tenantId` INTEGER NOT NULL,

    UNIQUE INDEX `User_email_key`(`email`),
    UNIQUE INDEX `User_slug_key`(`slug`),
    UNIQUE INDEX `User_handle_key`(`handle`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_drop_unique
-- DropIndex
DROP INDEX `User_email_key` ON `User`; -- expect: drop-unique-constraint

-- migration: 20240103000000_widen_uniqueness_to_a_pair
-- DropIndex
DROP INDEX `User_slug_key` ON `User`; -- expect: drop-unique-constraint

-- CreateIndex
CREATE UNIQUE INDEX `User_tenantId_slug_key` ON `User`(`tenantId`, `slug`);

-- migration: 20240104000000_recreated_same_name
ALTER TABLE `User` DROP INDEX `User_handle_key`; -- ok: re-created just below
ALTER TABLE `User` ADD UNIQUE INDEX `User_handle_key`(`handle`);

-- migration: 20240105000000_unknown_table_by_prisma_naming
DROP INDEX `Legacy_code_key` ON `Legacy`; -- expect: drop-unique-constraint
