-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('OPEN', 'PAUSED', 'CLOSED');

-- CreateTable
CREATE TABLE "MeasureSetting" (
    "measure" "Measure" NOT NULL,
    "status" "MeasureStatus" NOT NULL DEFAULT 'OPEN',
    "windowStartsOn" DATE,
    "windowEndsOn" DATE,
    "quota" INTEGER,
    "noticeKk" TEXT,
    "noticeRu" TEXT,
    "noticeEn" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeasureSetting_pkey" PRIMARY KEY ("measure")
);

-- CreateTable
CREATE TABLE "ProactiveOffer" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "measure" "Measure" NOT NULL,
    "rulesVersion" TEXT NOT NULL,
    "notificationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProactiveOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeasureSetting_updatedById_idx" ON "MeasureSetting"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "ProactiveOffer_notificationId_key" ON "ProactiveOffer"("notificationId");

-- CreateIndex
CREATE UNIQUE INDEX "ProactiveOffer_familyId_measure_rulesVersion_key" ON "ProactiveOffer"("familyId", "measure", "rulesVersion");

-- AddForeignKey
ALTER TABLE "MeasureSetting" ADD CONSTRAINT "MeasureSetting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProactiveOffer" ADD CONSTRAINT "ProactiveOffer_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProactiveOffer" ADD CONSTRAINT "ProactiveOffer_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;
