-- parse-error on MySQL: what nobody understands is reported where it goes wrong, and the run goes on.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `name` VARCHAR(191) NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_typo
ALTER TABLE `User` DROP COLUM `name`; -- expect: parse-error "unexpected `name`, expected end of statement"

-- migration: 20240103000000_garbage
this is not sql at all; -- expect: parse-error "`this` does not start a statement"

-- migration: 20240104000000_the_rest_is_still_linted
ALTER TABLE `User` DROP COLUMN `name`; -- expect: drop-column

-- migration: 20240105000000_shapes_jsqlparser_rejects_are_understood
ALTER TABLE `User` ADD COLUMN `teamId` INTEGER NULL;
ALTER TABLE `User` ADD CONSTRAINT `User_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE SET NULL ON UPDATE CASCADE; -- expect: blocks-writes
ALTER TABLE `User` DROP FOREIGN KEY `User_teamId_fkey`; -- ok: MySQL's spelling, which JSqlParser 5.4 rejects
ALTER TABLE `db`.`User` COMMENT "user accounts"; -- ok: a double-quoted MySQL string
START TRANSACTION;
COMMIT;
# a hash comment
ALTER TABLE `User` ADD COLUMN `x` INT NULL, ALGORITHM=INPLACE, LOCK=NONE; -- expect: multiple-rebuilds, table-rebuild -- ok
ALTER TABLE `User` ADD CONSTRAINT `User_x_check` CHECK (`x` > 0); -- expect: blocks-writes, multiple-rebuilds -- x was just added: NULL on every row, which the CHECK accepts
ALTER TABLE `User` DROP CHECK `User_x_check`; -- ok: MySQL 8.0.16's DROP CHECK, which JSqlParser 5.4 rejects

-- migration: 20240106000000_unterminated
ALTER TABLE `User` ADD COLUMN `y` VARCHAR(10) NULL DEFAULT 'oops; -- expect: parse-error "unterminated string literal"
