-- Constraints Prisma's schema language cannot express. Each object is listed in
-- prisma/sql-only-objects.ts so the drift test expects it.

-- At most one open application per family + measure + child. Closed applications
-- (approved, rejected, withdrawn) do not count, so a family can apply again later.
-- COALESCE makes family-level applications (no child) collide with each other too.
CREATE UNIQUE INDEX "Application_one_open_per_family_measure_member"
  ON "Application" ("familyId", "measure", (COALESCE("memberId", '')))
  WHERE "status" IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'APPEALED');

-- Money and counts are never negative.
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_income_not_negative" CHECK ("monthlyIncomeTenge" >= 0);
ALTER TABLE "Family" ADD CONSTRAINT "Family_other_income_not_negative" CHECK ("otherMonthlyIncomeTenge" >= 0);
ALTER TABLE "HousingSituation" ADD CONSTRAINT "HousingSituation_money_not_negative"
  CHECK ("savingsTenge" >= 0 AND ("apartmentPriceTenge" IS NULL OR "apartmentPriceTenge" > 0));
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_positive" CHECK ("amountTenge" > 0);
ALTER TABLE "Entitlement" ADD CONSTRAINT "Entitlement_amount_positive" CHECK ("amountTenge" > 0);
ALTER TABLE "User" ADD CONSTRAINT "User_iin_digits" CHECK ("iin" ~ '^[0-9]{12}$');
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_iin_digits" CHECK ("iin" ~ '^[0-9]{12}$');

-- The audit log is append-only for every database role, the application's included:
-- rows can be inserted and read, never changed or removed.
CREATE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_is_append_only"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_is_append_only"();

-- Application reference numbers (BO-2026-000123): one sequence, so numbers never repeat
-- even when two families submit at the same instant on different app servers.
CREATE SEQUENCE "application_reference_seq" START 1;
