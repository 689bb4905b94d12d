/*
  Warnings:

  - You are about to drop the `Webhook` table. If the table is not empty, all the data it contains will be lost.
  - You are about to drop the `WebhookDelivery` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE `AuditLog` DROP FOREIGN KEY `AuditLog_actorId_fkey`; -- expect: drop-foreign-key

-- DropForeignKey
ALTER TABLE `Webhook` DROP FOREIGN KEY `Webhook_organizationId_fkey`;

-- DropForeignKey
ALTER TABLE `WebhookDelivery` DROP FOREIGN KEY `WebhookDelivery_webhookId_fkey`;

-- DropTable
DROP TABLE `Webhook`; -- expect: drop-table

-- DropTable
DROP TABLE `WebhookDelivery`; -- expect: drop-table
