// Database objects created by hand-written SQL in prisma/migrations because the Prisma
// schema language cannot express them. The drift test (tests/integration/
// migrations-match-schema.test.ts) expects exactly these beyond what schema.prisma gives.
export const SQL_ONLY_INDEXES = ["Application_one_open_per_family_measure_member", "Decision_one_pending_second_approval"] as const;

export const SQL_ONLY_CHECK_CONSTRAINTS = [
  "FamilyMember_income_not_negative",
  "Family_other_income_not_negative",
  "HousingSituation_money_not_negative",
  "Payment_amount_positive",
  "Entitlement_amount_positive",
  "User_iin_digits",
  "FamilyMember_iin_digits",
  "Decision_second_approver_differs",
  "HousingCertificate_amount_positive",
  "HousingAllocation_sizes_valid",
  "BudgetAllocation_amount_not_negative",
  "Application_district_set",
] as const;

export const SQL_ONLY_TRIGGERS = [
  "AuditLog_no_update_or_delete",
  "AuditLog_no_truncate",
  "Application_takes_family_district",
  "Family_district_to_applications",
] as const;

export const SQL_ONLY_SEQUENCES = ["application_reference_seq", "housing_certificate_number_seq"] as const;
