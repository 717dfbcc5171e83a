// The /apply page: every measure with the family's verdict today and its open
// applications (a draft to continue, or one already with the department).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import type { Locale } from "@/lib/eligibility/types";
import { OPEN_STATUSES } from "@/lib/applications/status-machine";
import type { ApplicationStatus } from "@/prisma/generated/enums";
import { FLOWS } from "../flows/flow-definitions";
import { slugForMeasure } from "../flows/measure-slug";
import { evaluateStoredFamily, measureVerdict, type MeasureVerdict } from "./family-verdict";
import { findOwnApplyFamily } from "./own-apply-family";

export interface ApplyOverviewMeasure {
  code: MeasureCode;
  slug: string;
  verdict: MeasureVerdict;
  draftId: string | null;
  /** A family-level measure with an application already past the draft: no new one yet. */
  isBlocked: boolean;
  openApplications: { id: string; reference: string; status: ApplicationStatus; memberName: string | null }[];
}

export type ApplyOverview = { hasFamily: false } | { hasFamily: true; measures: ApplyOverviewMeasure[] };

export async function getApplyOverview(actor: Actor, options: { now: Date; locale: Locale }): Promise<ApplyOverview> {
  const family = await findOwnApplyFamily(actor);
  if (!family) return { hasFamily: false };
  const verdict = await evaluateStoredFamily(family, options);
  const open = await db.application.findMany({
    where: { familyId: family.id, status: { in: [...OPEN_STATUSES] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, reference: true, measure: true, status: true, memberId: true },
  });
  const nameOf = (memberId: string | null) => family.members.find((member) => member.id === memberId)?.fullName ?? null;
  return {
    hasFamily: true,
    measures: MEASURE_CODES.map((code) => {
      const forMeasure = open.filter((application) => application.measure === code);
      const draft = forMeasure.find((application) => application.status === "DRAFT" && application.memberId === null);
      return {
        code,
        slug: slugForMeasure(code),
        verdict: measureVerdict(verdict, code),
        draftId: draft?.id ?? null,
        isBlocked: !draft && FLOWS[code].subject === "family" && forMeasure.some((application) => application.memberId === null && application.status !== "DRAFT"),
        openApplications: forMeasure
          .filter((application) => application !== draft)
          .map((application) => ({ id: application.id, reference: application.reference, status: application.status, memberName: nameOf(application.memberId) })),
      };
    }),
  };
}
