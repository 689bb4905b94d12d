-- AlterTable
ALTER TABLE `Task` ADD COLUMN `completedAt` DATETIME(3) NULL, -- expect: blocks-writes
    MODIFY `status` ENUM('TODO', 'IN_PROGRESS', 'IN_REVIEW', 'DONE') NOT NULL DEFAULT 'TODO'; -- expect: column-type-change "the value 'IN_REVIEW' is inserted before existing values: every row keeps its value" -- not lossy: MySQL converts ENUM values by name
