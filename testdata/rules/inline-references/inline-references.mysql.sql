-- inline-references on MySQL 8.0: REFERENCES in a column definition, which MySQL ignores.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `authorId` INTEGER NOT NULL REFERENCES `User`(`id`), -- expect: inline-references
    `editorId` INTEGER NULL,

    PRIMARY KEY (`id`),
    CONSTRAINT `Post_editorId_fkey` FOREIGN KEY (`editorId`) REFERENCES `User`(`id`)
);
-- ok: the table-level FOREIGN KEY above is a real key

-- migration: 20240102000000_reviewer
ALTER TABLE `Post` ADD COLUMN `reviewerId` INTEGER NULL REFERENCES `User`(`id`); -- expect: inline-references
ALTER TABLE `Post` ADD CONSTRAINT `Post_reviewerId_fkey` FOREIGN KEY (`reviewerId`) REFERENCES `User`(`id`); -- expect: blocks-writes
-- ok: the explicit constraint is created (and the new column holds only NULLs, so add-foreign-key is silent too)
