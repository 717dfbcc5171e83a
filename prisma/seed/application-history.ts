// Applications, with a timeline, decision, entitlement and payments consistent with status.
import { formatApplicationReference } from "@/lib/applications/reference";
import { needsSecondApproval } from "@/lib/review/decision-rules";
import type { ApplicationStatus, TimelineEventType } from "@/prisma/generated/enums";
import type { ApplicationContext, ApplicationPlan, ApplicationRows } from "./application-history-types";
import { planTimelineSteps, type Actor, type Step } from "./application-timeline";
import { dateOnly, DAY_MS, HOUR_MS } from "./dates";
import { addEntitlement } from "./entitlement-payments";
import type { FamilyRecord } from "./family-record";
import type { Random } from "./random";
import { REJECTION_EXPLANATIONS } from "./rejection-reasons";
import { requestedAmount } from "./requested-amount";

// How far back an application in this status was created (days before asOf).
const WINDOW_DAYS: Readonly<Record<ApplicationStatus, number>> = {
  DRAFT: 60, SUBMITTED: 6, IN_REVIEW: 30, INFORMATION_REQUESTED: 9, APPEALED: 60,
  APPROVED: 730, REJECTED: 730, WITHDRAWN: 730,
};

/**
 * The large-money measures (lib/review/decision-rules.ts) are approved by two people: the
 * caseworker's approval is staff-only and changes no status, a supervisor's confirmation
 * makes the application APPROVED. Adds the confirmation where the plan lacks one.
 */
function withFourEyes(steps: Step[], plan: ApplicationPlan): Step[] {
  if (plan.status !== "APPROVED" || !needsSecondApproval(plan.measure)) return steps;
  const index = steps.findIndex((step) => step.type === "APPROVED");
  const approved = steps[index];
  if (!approved) return steps;
  const first: Step = { ...approved, actor: "caseworker", from: null, to: null, isInternal: true, message: "Решение об одобрении передано на второе утверждение." };
  if (steps.some((step) => step.type === "SECOND_APPROVAL")) return steps.map((step, position) => (position === index ? first : step));
  const second: Step = { type: "SECOND_APPROVAL", hours: approved.hours + 26, actor: "supervisor", from: "IN_REVIEW", to: "APPROVED", message: "Заявление одобрено." };
  return [...steps.slice(0, index), first, second, ...steps.slice(index + 1)];
}

/**
 * Appends one application and everything its status implies to `rows`: timeline events,
 * the decision (and audit entry), the entitlement and payments, notifications. Returns
 * when it was created, or null when it does not fit before `latestEnd`.
 */
export function buildApplicationHistory(
  random: Random,
  family: FamilyRecord,
  plan: ApplicationPlan,
  context: ApplicationContext,
  rows: ApplicationRows,
  options: { id: string; latestEnd?: Date },
): Date | null {
  const steps = withFourEyes(planTimelineSteps(random, plan), plan);
  const asOfTime = dateOnly(context.asOf).getTime();
  const end = Math.min(options.latestEnd?.getTime() ?? asOfTime, asOfTime) - HOUR_MS;
  const [fromDays, toDays] = plan.startDaysBefore ?? [WINDOW_DAYS[plan.status], 0];
  const lower = Math.max((family.family.createdAt as Date).getTime() + HOUR_MS, asOfTime - fromDays * DAY_MS);
  const duration = (steps[steps.length - 1]?.hours ?? 0) * HOUR_MS;
  const latestStart = Math.min(end - duration, asOfTime - toDays * DAY_MS);
  let start: number;
  let scale = 1;
  if (latestStart >= lower) start = lower + random.next() * (latestStart - lower);
  else if (end - lower > HOUR_MS) {
    start = lower;
    scale = (end - lower) / Math.max(duration, 1);
  } else return null;
  const at = (step: Step) => new Date(Math.round((start + step.hours * HOUR_MS * scale) / 1000) * 1000);

  const caseworkers = context.caseworkersByDistrict[family.family.district];
  const caseworkerId = caseworkers.length ? random.pick(caseworkers) : null;
  const supervisorId = context.supervisorIds.length ? random.pick(context.supervisorIds) : null;
  const actorId = (actor: Actor) =>
    actor === "applicant" ? family.user.id : actor === "caseworker" ? caseworkerId : actor === "supervisor" ? supervisorId : null;

  const createdAt = at(steps[0] as Step);
  const lastStep = steps[steps.length - 1] as Step;
  const find = (type: TimelineEventType) => steps.find((step) => step.type === type);
  const submitted = find("SUBMITTED");
  const requested = find("INFORMATION_REQUESTED");
  const provided = find("INFORMATION_PROVIDED");
  const decisionStep = find("REJECTED") ?? find("APPROVED");
  const finalApproval = find("SECOND_APPROVAL") ?? find("APPROVED");
  const isAssigned = steps.some((step) => step.type === "ASSIGNED");
  const amount = requestedAmount(random, plan.measure, family, plan.memberId, context.parameters);

  const submittedAt = submitted ? at(submitted) : null;
  const pauseMs = requested && provided ? at(provided).getTime() - at(requested).getTime() : 0;
  const decidedAt = plan.status === "APPROVED" && finalApproval ? at(finalApproval) : decisionStep && plan.status !== "WITHDRAWN" ? at(decisionStep) : null;
  const reference = formatApplicationReference(createdAt.getUTCFullYear(), context.nextReferenceSerial());
  rows.applications.push({
    id: options.id, reference, familyId: family.family.id, measure: plan.measure, memberId: plan.memberId,
    status: plan.status, version: steps.filter((step) => step.to !== null).length - 1, answers: {},
    amountTenge: amount, assigneeId: isAssigned ? caseworkerId : null, submittedAt,
    dueAt: submittedAt ? new Date(submittedAt.getTime() + 20 * DAY_MS + pauseMs) : null,
    decidedAt, createdAt, updatedAt: at(lastStep),
  });
  steps.forEach((step, index) => {
    const time = at(step);
    rows.timeline.push({
      id: `${options.id}_e${index + 1}`, applicationId: options.id, type: step.type, actorId: actorId(step.actor),
      fromStatus: step.from, toStatus: step.to, message: step.message ?? null, isInternal: step.isInternal ?? false,
      respondBy: step.respondByDays ? new Date(time.getTime() + step.respondByDays * DAY_MS) : null, createdAt: time,
    });
  });

  if (decisionStep && (plan.status === "APPROVED" || plan.status === "REJECTED" || plan.status === "APPEALED") && caseworkerId) {
    const isApproved = plan.status === "APPROVED";
    const decisionAt = at(decisionStep);
    const secondApproval = find("SECOND_APPROVAL");
    // Four eyes: a supervisor, never the caseworker who approved first.
    const requiresSecondApproval = isApproved && needsSecondApproval(plan.measure) && secondApproval !== undefined && supervisorId !== null && supervisorId !== caseworkerId;
    const decisionId = `dec_${options.id.slice(4)}`;
    rows.decisions.push({
      id: decisionId, applicationId: options.id, outcome: isApproved ? "APPROVED" : "REJECTED",
      reasonCode: isApproved ? null : (plan.reasonCode ?? "DOCUMENTS_INCOMPLETE"),
      explanation: isApproved ? null : REJECTION_EXPLANATIONS[plan.reasonCode ?? "DOCUMENTS_INCOMPLETE"],
      amountTenge: isApproved ? amount : null, decidedById: caseworkerId,
      requiresSecondApproval,
      secondApproverId: requiresSecondApproval ? supervisorId : null, secondApprovedAt: requiresSecondApproval && secondApproval ? at(secondApproval) : null,
      createdAt: decisionAt,
    });
    // One audit row per decision (tests/integration/seed.test.ts counts them): the decision itself.
    rows.auditLogs.push({
      id: context.nextAuditId(), at: decisionAt, actorId: caseworkerId, actorRole: "CASEWORKER",
      action: isApproved ? "application.approve" : "application.reject", entityType: "Application", entityId: options.id,
      before: { status: "IN_REVIEW" },
      after: { status: isApproved ? "APPROVED" : "REJECTED", decisionId, ...(isApproved ? {} : { reasonCode: plan.reasonCode ?? "DOCUMENTS_INCOMPLETE" }) },
    });
    if (isApproved && amount !== null && decidedAt) addEntitlement(random, family, plan, context, rows, { applicationId: options.id, amount, decidedAt });
  }

  // The family hears about recent changes: status changes in the last 30 days.
  const visible = [...steps].reverse().find((step) => ["SUBMITTED", "INFORMATION_REQUESTED", "SECOND_APPROVAL", "APPROVED", "REJECTED"].includes(step.type) && step.to !== null);
  if (visible && asOfTime - at(visible).getTime() < 30 * DAY_MS) {
    const sentAt = at(visible);
    const readAt = random.chance(0.5) ? new Date(Math.min(sentAt.getTime() + random.int(1, 48) * HOUR_MS, asOfTime - 60_000)) : null;
    const params = { reference, measure: plan.measure, status: visible.to };
    rows.notifications.push({ id: `ntf_${options.id.slice(4)}_1`, userId: family.user.id, channel: "IN_APP", template: "application.status-changed", params, readAt, sentAt, createdAt: sentAt });
    if (visible.type === "INFORMATION_REQUESTED") {
      rows.notifications.push({ id: `ntf_${options.id.slice(4)}_2`, userId: family.user.id, channel: "SMS", template: "application.information-requested", params, readAt: null, sentAt, createdAt: sentAt });
    }
  }
  return createdAt;
}
