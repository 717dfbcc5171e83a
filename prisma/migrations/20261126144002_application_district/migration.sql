-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "district" "District";

-- Written by hand (listed in prisma/sql-only-objects.ts): the column is a copy of the
-- family's district that the database keeps, so no code path can forget or falsify it.
UPDATE "Application" a SET "district" = f."district" FROM "Family" f WHERE f."id" = a."familyId";
ALTER TABLE "Application" ADD CONSTRAINT "Application_district_set" CHECK ("district" IS NOT NULL);

CREATE FUNCTION "application_takes_family_district"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT f."district" INTO NEW."district" FROM "Family" f WHERE f."id" = NEW."familyId";
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Application_takes_family_district"
  BEFORE INSERT OR UPDATE OF "familyId", "district" ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "application_takes_family_district"();

CREATE FUNCTION "family_district_to_applications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Application" SET "district" = NEW."district" WHERE "familyId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Family_district_to_applications"
  AFTER UPDATE OF "district" ON "Family"
  FOR EACH ROW WHEN (OLD."district" IS DISTINCT FROM NEW."district")
  EXECUTE FUNCTION "family_district_to_applications"();

-- CreateIndex
CREATE INDEX "Application_district_status_dueAt_id_idx" ON "Application"("district", "status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Application_district_submittedAt_id_idx" ON "Application"("district", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Application_district_reference_idx" ON "Application"("district", "reference");
