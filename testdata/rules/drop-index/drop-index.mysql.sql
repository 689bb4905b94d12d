-- drop-index on MySQL (unique indexes are drop-unique-constraint's).
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NULL,
    `city` VARCHAR(191) NULL,

    UNIQUE INDEX `User_email_key`(`email`),
    INDEX `User_name_idx`(`name`),
    INDEX `User_city_idx`(`city`),
    INDEX `User_name_city_idx`(`name`, `city`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `authorId` INTEGER NOT NULL,
    `title` VARCHAR(191) NOT NULL,

    INDEX `Post_authorId_idx`(`authorId`),
    INDEX `Post_title_idx`(`title`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- migration: 20240102000000_drop_index
-- DropIndex
DROP INDEX `User_name_idx` ON `User`; -- expect: drop-index(warning)

-- migration: 20240103000000_alter_table_drop_index
ALTER TABLE `User` DROP INDEX `User_city_idx`; -- expect: drop-index

-- migration: 20240104000000_prisma_recreates_an_index_to_change_it
-- DropIndex
DROP INDEX `User_name_city_idx` ON `User`; -- ok: re-created below under the same name

-- CreateIndex
CREATE INDEX `User_name_city_idx` ON `User`(`city`, `name`);

-- migration: 20240105000000_mariadb_rename_creates_then_drops
CREATE INDEX `Post_title_key2` ON `Post`(`title`);
DROP INDEX `Post_title_idx` ON `Post`; -- ok: the same columns were indexed just above

-- migration: 20240106000000_rename_index
ALTER TABLE `Post` RENAME INDEX `Post_title_key2` TO `Post_title_idx`; -- ok: a rename keeps the index

-- migration: 20240107000000_index_a_foreign_key_needs
DROP INDEX `Post_authorId_idx` ON `Post`; -- expect: drop-index(error) "foreign key Post_authorId_fkey needs it, so MySQL refuses the drop"

-- migration: 20240108000000_new_table
CREATE TABLE `Log` (`id` INTEGER NOT NULL, `at` DATETIME(3) NOT NULL, INDEX `Log_at_idx`(`at`), PRIMARY KEY (`id`));
DROP INDEX `Log_at_idx` ON `Log`; -- ok: the table is new in this migration
