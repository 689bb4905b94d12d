-- Inline suppressions: a rule acknowledged for one statement or a whole file; stale ones are reported.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `a` INT NULL, `b` INT NULL, `c` INT NULL, `d` INT NULL, `e` INT NULL, PRIMARY KEY (`id`));
CREATE TABLE `Old` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
CREATE TABLE `Older` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_acknowledged_above
-- migralint-ignore drop-column: moved to the archive table in #482
-- AlterTable
ALTER TABLE `User` DROP COLUMN `a`; -- ok: suppressed by the comment two lines up

-- migration: 20240103000000_acknowledged_at_the_end_of_the_line
ALTER TABLE `User` DROP COLUMN `b`; -- migralint-ignore drop-column: nobody reads b since v2.3

-- migration: 20240104000000_only_that_rule
-- migralint-ignore drop-index: not this one -- expect: unused-suppression "migralint-ignore drop-index suppresses nothing"
ALTER TABLE `User` DROP COLUMN `c`; -- expect: drop-column

-- migration: 20240105000000_blank_line_breaks_the_link
-- migralint-ignore drop-column: too far away -- expect: unused-suppression

ALTER TABLE `User` DROP COLUMN `d`; -- expect: drop-column

-- migration: 20240106000000_whole_file
-- migralint-ignore-file drop-table: retiring the legacy tables, see #610
DROP TABLE `Old`; -- ok
DROP TABLE `Older`; -- ok
