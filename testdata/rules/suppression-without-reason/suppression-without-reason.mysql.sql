-- suppression-without-reason on MySQL: a suppression must say why, or it suppresses nothing.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `a` INT NULL, `b` INT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_no_reason
-- migralint-ignore drop-column -- expect: suppression-without-reason "gives no reason, so it suppresses nothing"
ALTER TABLE `User` DROP COLUMN `a`; -- expect: drop-column

-- migration: 20240103000000_with_reason
-- migralint-ignore drop-column: b was copied to Profile.b in #88 -- ok: a reason is given
ALTER TABLE `User` DROP COLUMN `b`;
