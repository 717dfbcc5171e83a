// What buildApplicationHistory takes (the plan and the seed-wide context) and the rows it
// appends to.
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { ApplicationStatus, District, Measure } from "@/prisma/generated/enums";
import type { RejectionReason } from "./rejection-reasons";
import type {
  ApplicationRow,
  AuditRow,
  DecisionRow,
  EntitlementRow,
  NotificationRow,
  PaymentRow,
  PaymentRunRow,
  TimelineRow,
} from "./row-types";

export interface ApplicationRows {
  applications: ApplicationRow[];
  timeline: TimelineRow[];
  decisions: DecisionRow[];
  entitlements: EntitlementRow[];
  payments: PaymentRow[];
  notifications: NotificationRow[];
  auditLogs: AuditRow[];
}

export function emptyApplicationRows(): ApplicationRows {
  return { applications: [], timeline: [], decisions: [], entitlements: [], payments: [], notifications: [], auditLogs: [] };
}

export interface ApplicationPlan {
  measure: Measure;
  /** The child (or adult) the application is for; null for family-level measures. */
  memberId: string | null;
  status: ApplicationStatus;
  /** Rejection reason (REJECTED and APPEALED); a code from REJECTION_EXPLANATIONS. */
  reasonCode?: RejectionReason;
  /** Start the application between these many days before asOf (default: by status). */
  startDaysBefore?: readonly [from: number, to: number];
}

export interface ApplicationContext {
  asOf: string;
  parameters: ResolvedParameters;
  caseworkersByDistrict: Readonly<Record<District, readonly string[]>>;
  supervisorIds: readonly string[];
  /** Sorted by month; the last is the run for the asOf month, still SCHEDULED. */
  paymentRuns: readonly PaymentRunRow[];
  nextReferenceSerial(): number;
  nextAuditId(): number;
}
