-- DropIndex
DROP INDEX "Family_district_idx";

-- CreateIndex
CREATE INDEX "Family_district_id_idx" ON "Family"("district", "id");

-- CreateIndex
CREATE INDEX "Application_status_familyId_idx" ON "Application"("status", "familyId");

-- CreateIndex
CREATE INDEX "Application_submittedAt_id_idx" ON "Application"("submittedAt", "id");
