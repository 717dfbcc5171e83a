// Builders of demo rows, shared by the seed and the integration tests (Epic Stack's
// tests/db-utils.ts idea). `build*` functions are pure: they take a seeded Random and
// return plain rows shaped like Prisma's createMany inputs. `create*` functions insert
// them through a Database for tests. The seed inserts the same rows in bulk.
//
// This file only gathers the public names; each concern lives in its own module.
export { buildApplicationHistory } from "./application-history";
export {
  emptyApplicationRows,
  type ApplicationContext,
  type ApplicationPlan,
  type ApplicationRows,
} from "./application-history-types";
export { SECOND_APPROVAL_MEASURES } from "./application-timeline";
export {
  createCitizenWithFamily,
  createStaffUser,
  insertFamilyRecord,
  type CitizenOverrides,
} from "./create-test-records";
export { addYearsToIsoDate, ageOn, dateOnly } from "./dates";
export { DISTRICTS } from "./districts";
export {
  describeRandomFamily,
  type DescribeFamilyOptions,
  type FamilyDescription,
  type MemberDescription,
} from "./family-description";
export {
  buildFamilyRecord,
  familyIdsFor,
  familyRecordFromDescription,
  type FamilyIds,
  type FamilyRecord,
  type MemberFacts,
  type RecordOptions,
} from "./family-record";
export { IinAllocator } from "./iin-allocator";
export { randomKazakhIban } from "./kazakh-iban";
export { REJECTION_EXPLANATIONS, type RejectionReason } from "./rejection-reasons";
export { requestedAmount } from "./requested-amount";
export type {
  ApplicationRow,
  AuditRow,
  DecisionRow,
  EntitlementRow,
  FamilyRow,
  HousingRow,
  MemberRow,
  NotificationRow,
  PaymentRow,
  PaymentRunRow,
  QueueEntryRow,
  QueueEventRow,
  TimelineRow,
  UserRow,
} from "./row-types";
export { buildStaffUser, type StaffUserOptions } from "./staff-user";
export { unusablePasswordHash } from "./unusable-password-hash";
