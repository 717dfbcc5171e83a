// Everything the review page shows for one application, for staff who may read it (a
// caseworker in the family's district, supervisors and administrators city-wide):
// the application, the family and its members (IINs masked), documents, the engine's
// verdict at submission and today, possible duplicates, the whole timeline (internal
// notes included, marked), the decisions, and the actions this person may take now.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { renderMessage } from "@/lib/eligibility/render";
import type { Locale } from "@/lib/eligibility/types";
import { AppError } from "@/lib/errors/app-error";
import { FAMILY_SNAPSHOT_SELECT } from "@/lib/families/family-snapshot";
import { maskIin } from "@/lib/iin";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";
import { compareVerdicts } from "./compare-verdicts";
import { availableActions, needsSecondApproval } from "./decision-rules";
import { engineCeilingToday } from "./engine-amount";
import { evaluateApplicationToday, measureTraceIn } from "./engine-trace-today";
import { findDuplicateApplications } from "./find-duplicate-applications";
import { respondByBounds } from "./respond-by";
import { isOwnFamily, reviewStateOf, REVIEW_TARGET_SELECT } from "./review-target";
import { MONEY_MEASURES } from "@/lib/entitlements/plan-entitlements";

/** Whole years between a birth date and a day, both `YYYY-MM-DD`. */
function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export async function getApplicationReview(actor: Actor, applicationId: string, locale: Locale, now = new Date()) {
  if (!can(actor, "read", "application") || !/^[A-Za-z0-9_-]{1,64}$/.test(applicationId)) throw new AppError("NOT_FOUND");
  const row = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      ...REVIEW_TARGET_SELECT,
      familyId: true,
      submittedAt: true,
      decidedAt: true,
      verdictAtSubmission: true,
      assignee: { select: { fullName: true } },
      member: { select: { fullName: true } },
      family: {
        select: {
          ...REVIEW_TARGET_SELECT.family.select,
          address: true,
          members: {
            orderBy: FAMILY_SNAPSHOT_SELECT.members.orderBy,
            select: { ...FAMILY_SNAPSHOT_SELECT.members.select, iin: true, fullName: true, relation: true },
          },
          documents: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            select: { id: true, kind: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true },
          },
        },
      },
      documents: { select: { documentId: true } },
      timeline: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, fromStatus: true, toStatus: true, message: true, isInternal: true, respondBy: true, createdAt: true, actor: { select: { fullName: true, role: true } } },
      },
      decisions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, outcome: true, reasonCode: true, explanation: true, amountTenge: true, createdAt: true, requiresSecondApproval: true,
          secondApprovedAt: true, returnedAt: true, returnReason: true, decidedById: true,
          decidedBy: { select: { fullName: true } }, secondApprover: { select: { fullName: true } }, returnedBy: { select: { fullName: true } },
        },
      },
    },
  });
  // Outside the actor's reach answers the same as an unknown id.
  if (!row || !can(actor, "read", "application", { district: row.family.district })) throw new AppError("NOT_FOUND");

  const self = await db.user.findUnique({ where: { id: actor.id }, select: { iin: true } });
  const pending = row.decisions.find((decision) => decision.requiresSecondApproval && !decision.secondApprovedAt && !decision.returnedAt) ?? null;
  const state = reviewStateOf({ ...row, decisions: pending ? [pending] : [] }, self?.iin ?? null);
  const actions = availableActions(actor, state);

  const today = dateInAlmaty(now);
  const parameters = resolveParameterSet(await loadParameterSet(), today);
  const trace = evaluateApplicationToday(row.family, row.answers, parameters, [row.measure, "PREFERENTIAL_MORTGAGE"]);
  const measureToday = measureTraceIn(trace, row.measure);
  if (!measureToday) throw new Error(`engine gave no verdict for ${row.measure}`);
  const names = new Map(row.family.members.map((member) => [member.id, member.fullName]));
  const nameValues = (values: Record<string, unknown>) => (typeof values.memberId === "string" ? { ...values, memberId: names.get(values.memberId) ?? values.memberId } : values);
  const verdict = compareVerdicts({
    measure: row.measure,
    memberId: row.memberId,
    stored: row.verdictAtSubmission,
    today: measureToday,
    todayHints: measureToday.hints.map((hint) => renderMessage(hint.message, nameValues(hint.values) as typeof hint.values, locale)),
    names,
    locale,
  });
  const ceiling = MONEY_MEASURES.has(row.measure) ? engineCeilingToday(row.measure, measureToday, measureTraceIn(trace, "PREFERENTIAL_MORTGAGE"), row.memberId) : null;

  const people = row.family.members.map((member) => ({ id: member.id, fullName: member.fullName, birthDate: member.birthDate }));
  const duplicates = await findDuplicateApplications(actor, { id: row.id, familyId: row.familyId, measure: row.measure, memberId: row.memberId }, people);
  const attached = new Set(row.documents.map((link) => link.documentId));

  return {
    application: {
      id: row.id, reference: row.reference, measure: row.measure, status: row.status, version: row.version,
      amountTenge: row.amountTenge, submittedAt: row.submittedAt, dueAt: row.dueAt, decidedAt: row.decidedAt,
      assigneeName: row.assignee?.fullName ?? null, childName: row.member?.fullName ?? null, isOwnFamily: isOwnFamily(row, self?.iin ?? null),
    },
    family: {
      district: row.family.district,
      address: row.family.address,
      applicantName: row.family.applicant.fullName,
      otherMonthlyIncomeTenge: row.family.otherMonthlyIncomeTenge,
      difficultLifeSituation: row.family.difficultLifeSituation,
      housing: row.family.housing,
      members: row.family.members.map((member) => ({
        id: member.id, fullName: member.fullName, role: member.role, relation: member.relation, iinMasked: maskIin(member.iin),
        age: ageOn(member.birthDate.toISOString().slice(0, 10), today), birthDate: member.birthDate, education: member.education,
        monthlyIncomeTenge: member.monthlyIncomeTenge, employed: member.employed, fullTimeStudent: member.fullTimeStudent,
        excellentStudent: member.excellentStudent, disability: member.disability, homeSchooled: member.homeSchooled,
        isApplicationSubject: member.id === row.memberId,
      })),
    },
    documents: row.family.documents.map((document) => ({ ...document, isAttached: attached.has(document.id) })),
    verdict,
    duplicates,
    timeline: row.timeline.map(({ actor: eventActor, ...event }) => ({ ...event, actorName: eventActor?.fullName ?? null, actorRole: eventActor?.role ?? null })),
    decisions: row.decisions.map(({ decidedBy, secondApprover, returnedBy, ...decision }) => ({
      ...decision, decidedByName: decidedBy.fullName, secondApproverName: secondApprover?.fullName ?? null, returnedByName: returnedBy?.fullName ?? null,
    })),
    pendingApproval: pending ? { decidedByName: pending.decidedBy.fullName, amountTenge: pending.amountTenge, createdAt: pending.createdAt, isOwn: pending.decidedById === actor.id } : null,
    approval: {
      needsSecondApproval: needsSecondApproval(row.measure),
      isMoney: MONEY_MEASURES.has(row.measure),
      requestedTenge: row.amountTenge,
      ceilingTodayTenge: ceiling,
    },
    respondBy: respondByBounds(now),
    actions: { allowed: [...actions.allowed], blocks: [...actions.blocks] },
  };
}

export type ApplicationReview = Awaited<ReturnType<typeof getApplicationReview>>;
