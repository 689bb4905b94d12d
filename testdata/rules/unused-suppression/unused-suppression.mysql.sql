-- unused-suppression on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `a` INT NULL, `c` INT NULL, `d` INT NULL,
    `e` INT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_stale
-- migralint-ignore drop-column: the drop was removed from this migration -- expect: unused-suppression
ALTER TABLE `User` ADD COLUMN `b` INT NULL;

-- migration: 20240103000000_used
-- migralint-ignore drop-column: archived first -- ok: it suppresses the drop below
ALTER TABLE `User` DROP COLUMN `a`;

-- migration: 20240104000000_misspelt
-- migralint-ignore drop-colum: archived first -- expect: unused-suppression "names a rule Migralint does not have: drop-colum (did you mean drop-column?)"
ALTER TABLE `User` DROP COLUMN `c`; -- expect: drop-column

-- migration: 20240105000000_one_id_right_one_misspelt
-- migralint-ignore drop-column, drop-tabel: archived first -- expect: unused-suppression "drop-tabel (did you mean drop-table?)"
ALTER TABLE `User` DROP COLUMN `d`; -- ok: drop-column is suppressed all the same

-- migration: 20240106000000_nothing_near
-- migralint-ignore no-such-check: whatever -- expect: unused-suppression "does not have: no-such-check" -- no near id, no guess
ALTER TABLE `User` ADD COLUMN `f` INT NULL;

-- migration: 20240107000000_blank_line
-- migralint-ignore drop-column: archived first -- expect: unused-suppression "is beside no statement"

ALTER TABLE `User` DROP COLUMN `e`; -- expect: drop-column

-- migration: 20240108000000_naming_the_suppression_rules
-- migralint-ignore-file unused-suppression: a legacy file -- ok: their findings are never suppressed, so this is left alone
ALTER TABLE `User` ADD COLUMN `g` INT NULL;
