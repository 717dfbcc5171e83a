-- CreateEnum
CREATE TYPE "CounsellingKind" AS ENUM ('LEGAL', 'PSYCHOLOGICAL', 'REHABILITATION');

-- CreateEnum
CREATE TYPE "CounsellingVenue" AS ENUM ('CITY_CENTER', 'PARTNER_NGO');

-- CreateTable
CREATE TABLE "ConsentChallenge" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounsellingSlot" (
    "id" TEXT NOT NULL,
    "kind" "CounsellingKind" NOT NULL,
    "venue" "CounsellingVenue" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "counsellorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounsellingSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounsellingBooking" (
    "id" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "applicationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounsellingBooking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsentChallenge_familyId_idx" ON "ConsentChallenge"("familyId");

-- CreateIndex
CREATE INDEX "ConsentChallenge_memberId_idx" ON "ConsentChallenge"("memberId");

-- CreateIndex
CREATE INDEX "CounsellingSlot_kind_startsAt_idx" ON "CounsellingSlot"("kind", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "CounsellingBooking_slotId_key" ON "CounsellingBooking"("slotId");

-- CreateIndex
CREATE INDEX "CounsellingBooking_familyId_idx" ON "CounsellingBooking"("familyId");

-- CreateIndex
CREATE INDEX "CounsellingBooking_applicationId_idx" ON "CounsellingBooking"("applicationId");

-- AddForeignKey
ALTER TABLE "ConsentChallenge" ADD CONSTRAINT "ConsentChallenge_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentChallenge" ADD CONSTRAINT "ConsentChallenge_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "FamilyMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounsellingBooking" ADD CONSTRAINT "CounsellingBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "CounsellingSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounsellingBooking" ADD CONSTRAINT "CounsellingBooking_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounsellingBooking" ADD CONSTRAINT "CounsellingBooking_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
