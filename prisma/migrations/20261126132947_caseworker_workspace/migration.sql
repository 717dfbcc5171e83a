-- CreateEnum
CREATE TYPE "HousingAllocationRole" AS ENUM ('FLAT', 'RESERVE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TimelineEventType" ADD VALUE 'SECOND_APPROVAL_RETURNED';
ALTER TYPE "TimelineEventType" ADD VALUE 'REVIEW_RESUMED';

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "requiresSecondApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMP(3),
ADD COLUMN     "returnedById" TEXT;

-- AlterTable
ALTER TABLE "PaymentRun" ADD COLUMN     "confirmationSha256" CHAR(64),
ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "exportedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "bankReference" TEXT;

-- AlterTable
ALTER TABLE "HousingQueueEvent" ADD COLUMN     "actorId" TEXT;

-- CreateTable
CREATE TABLE "HousingAllocation" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "flats" INTEGER NOT NULL,
    "reserveSize" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HousingAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HousingAllocationItem" (
    "allocationId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "role" "HousingAllocationRole" NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "HousingAllocationItem_pkey" PRIMARY KEY ("allocationId","entryId")
);

-- CreateTable
CREATE TABLE "HousingCertificate" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "amountTenge" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "validUntil" DATE NOT NULL,
    "holderName" TEXT NOT NULL,
    "holderIinMasked" VARCHAR(12) NOT NULL,
    "verificationToken" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HousingCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HousingAllocation_createdById_idx" ON "HousingAllocation"("createdById");

-- CreateIndex
CREATE INDEX "HousingAllocationItem_entryId_idx" ON "HousingAllocationItem"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "HousingAllocationItem_allocationId_role_rank_key" ON "HousingAllocationItem"("allocationId", "role", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "HousingCertificate_number_key" ON "HousingCertificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "HousingCertificate_applicationId_key" ON "HousingCertificate"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "HousingCertificate_verificationToken_key" ON "HousingCertificate"("verificationToken");

-- CreateIndex
CREATE INDEX "Application_status_dueAt_idx" ON "Application"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Decision_returnedById_idx" ON "Decision"("returnedById");

-- CreateIndex
CREATE INDEX "HousingQueueEvent_actorId_idx" ON "HousingQueueEvent"("actorId");

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_returnedById_fkey" FOREIGN KEY ("returnedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingQueueEvent" ADD CONSTRAINT "HousingQueueEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingAllocation" ADD CONSTRAINT "HousingAllocation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingAllocationItem" ADD CONSTRAINT "HousingAllocationItem_allocationId_fkey" FOREIGN KEY ("allocationId") REFERENCES "HousingAllocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingAllocationItem" ADD CONSTRAINT "HousingAllocationItem_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "HousingQueueEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingCertificate" ADD CONSTRAINT "HousingCertificate_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (listed in prisma/sql-only-objects.ts): what Prisma's schema cannot express.

-- Four eyes: the second approver is never the first one.
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_second_approver_differs"
  CHECK ("secondApproverId" IS NULL OR "secondApproverId" <> "decidedById");

-- At most one approval waiting for its second approver per application, so two
-- caseworkers approving at once cannot leave two pending decisions behind.
CREATE UNIQUE INDEX "Decision_one_pending_second_approval"
  ON "Decision" ("applicationId")
  WHERE "requiresSecondApproval" AND "secondApprovedAt" IS NULL AND "returnedAt" IS NULL;

ALTER TABLE "HousingCertificate" ADD CONSTRAINT "HousingCertificate_amount_positive" CHECK ("amountTenge" > 0);
ALTER TABLE "HousingAllocation" ADD CONSTRAINT "HousingAllocation_sizes_valid" CHECK ("flats" > 0 AND "reserveSize" >= 0);

-- Housing certificate numbers (HC-2026-000123), never repeated across app servers.
CREATE SEQUENCE "housing_certificate_number_seq" START 1;
