/*
  Warnings:

  - Added the required column `attempt` to the `WebhookDelivery` table without a default value. This is not possible if the table is not empty.

*/
-- Added by hand: deliveries are only kept for a week and the old rows have no
-- attempt number, so clear them rather than invent one.
DELETE FROM `WebhookDelivery`; -- expect: truncate-table, mixed-ddl-and-data

-- AlterTable
ALTER TABLE `WebhookDelivery` ADD COLUMN `attempt` INTEGER NOT NULL, -- expect: add-required-column
    ADD COLUMN `nextRetryAt` DATETIME(3) NULL;
