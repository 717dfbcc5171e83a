// What the final approval writes besides the status, in the approval's transaction: the
// entitlements (lib/entitlements/plan-entitlements.ts) and, for the housing certificate,
// the certificate itself. An approval never exists without them, nor they without it.
import { issueHousingCertificate } from "@/lib/certificates/issue-housing-certificate";
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import { familyPayeeOf, housingPayeeOf } from "@/lib/entitlements/payees";
import { planEntitlements } from "@/lib/entitlements/plan-entitlements";
import type { ReviewTarget } from "./review-target";
import type { Tx } from "./run-review-change";

export interface FinalApproval {
  target: ReviewTarget;
  /** The approved amount; null for measures that pay nothing. */
  amountTenge: number | null;
  now: Date;
  /** The day of approval in Almaty. */
  decidedOn: string;
  /** The parameters in force on decidedOn. */
  parameters: ResolvedParameters;
}

export interface FinalApprovalResult {
  entitlementIds: string[];
  certificateNumber: string | null;
}

export async function finalizeApproval(tx: Tx, approval: FinalApproval): Promise<FinalApprovalResult> {
  const { target, amountTenge, now, decidedOn, parameters } = approval;
  if (amountTenge === null) return { entitlementIds: [], certificateNumber: null };
  const previous = await tx.entitlement.findMany({
    where: { application: { familyId: target.family.id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { payee: true },
  });
  const plans = planEntitlements({
    measure: target.measure,
    memberId: target.memberId,
    amountTenge,
    decidedOn,
    parameters,
    familyPayee: familyPayeeOf(previous.map((row) => row.payee), target.family.applicant.fullName),
    housingPayee: housingPayeeOf(target.answers),
  });
  const entitlementIds: string[] = [];
  for (const plan of plans) {
    const created = await tx.entitlement.create({
      data: {
        applicationId: target.id, memberId: plan.memberId, measure: plan.measure, amountTenge: plan.amountTenge, period: plan.period,
        startsOn: new Date(`${plan.startsOn}T00:00:00Z`), endsOn: new Date(`${plan.endsOn}T00:00:00Z`), payee: plan.payee, createdAt: now,
      },
      select: { id: true },
    });
    entitlementIds.push(created.id);
  }
  let certificateNumber: string | null = null;
  if (target.measure === "HOUSING_CERTIFICATE") {
    const certificate = await issueHousingCertificate(tx, {
      applicationId: target.id, amountTenge, issuedAt: now, issuedOn: decidedOn,
      validityMonths: parameters.byKey.HOUSING_CERTIFICATE_VALIDITY_MONTHS.value,
    });
    certificateNumber = certificate.number;
  }
  return { entitlementIds, certificateNumber };
}
