-- require-concurrent-index is PostgreSQL's: MySQL builds a secondary index in place with LOCK=NONE.
-- migration: 20240101000000_init
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_title_index
CREATE INDEX `Post_title_idx` ON `Post`(`title`); -- ok: ALGORITHM=INPLACE, LOCK=NONE on MySQL
