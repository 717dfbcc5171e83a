// The steps an application goes through to reach its status, with plausible gaps (in
// hours from creation), actors and messages.
import type { ApplicationStatus, Measure, TimelineEventType } from "@/prisma/generated/enums";
import type { ApplicationPlan } from "./application-history-types";
import type { Random } from "./random";
import { REJECTION_EXPLANATIONS } from "./rejection-reasons";

/** Measures whose approval a second supervisor confirms (large sums). */
export const SECOND_APPROVAL_MEASURES: ReadonlySet<Measure> = new Set(["HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY"]);

const QUESTIONS = [
  "Приложите, пожалуйста, справку о доходах всех работающих членов семьи за последние 6 месяцев.",
  "Приложите справку с места учёбы с итоговыми оценками за прошлый учебный год.",
  "Не хватает свидетельства о рождении младшего ребёнка. Загрузите его, пожалуйста.",
  "Уточните, пожалуйста, адрес фактического проживания семьи.",
  "Приложите справку о составе семьи.",
] as const;
const ANSWERS = ["Справка загружена.", "Документ приложен к заявлению.", "Загрузила, проверьте, пожалуйста.", "Отправил уточнённые сведения."] as const;
const NOTES = ["Сверено с данными ГЦВП о доходах.", "Проверить справку о составе семьи.", "Сведения о недвижимости запрошены в ЦОН."] as const;
const APPEALS = [
  "Прошу пересмотреть решение: доход семьи рассчитан неверно, прилагаю справку.",
  "Не согласна с решением, документы были приложены при подаче.",
  "Прошу пересмотреть: ребёнок окончил год на отлично, справка приложена.",
] as const;

export type Actor = "applicant" | "caseworker" | "supervisor" | "system";
export interface Step {
  type: TimelineEventType;
  hours: number;
  actor: Actor;
  from: ApplicationStatus | null;
  to: ApplicationStatus | null;
  message?: string;
  isInternal?: boolean;
  respondByDays?: number;
}

export function planTimelineSteps(random: Random, plan: ApplicationPlan): Step[] {
  const { status } = plan;
  const steps: Step[] = [];
  let hours = 0;
  const add = (type: TimelineEventType, gap: readonly [number, number], actor: Actor, from: ApplicationStatus | null, to: ApplicationStatus | null, extra: Partial<Step> = {}) => {
    hours += gap[0] + random.next() * (gap[1] - gap[0]);
    steps.push({ type, hours, actor, from, to, ...extra });
  };
  add("CREATED", [0, 0], "applicant", null, "DRAFT");
  if (status === "DRAFT") return steps;
  if (status === "WITHDRAWN" && random.chance(0.3)) {
    add("WITHDRAWN", [1, 120], "applicant", "DRAFT", "WITHDRAWN", { message: "Заявление отозвано заявителем." });
    return steps;
  }
  add("SUBMITTED", [0.1, 72], "applicant", "DRAFT", "SUBMITTED");
  if (status === "SUBMITTED") return steps;
  if (status === "WITHDRAWN" && random.chance(0.5)) {
    add("WITHDRAWN", [1, 96], "applicant", "SUBMITTED", "WITHDRAWN", { message: "Заявление отозвано заявителем." });
    return steps;
  }
  add("ASSIGNED", [1, 24], "system", null, null);
  add("REVIEW_STARTED", [2, 96], "caseworker", "SUBMITTED", "IN_REVIEW");
  if (random.chance(0.2)) add("NOTE", [1, 48], "caseworker", null, null, { message: random.pick(NOTES), isInternal: true });
  if (status === "INFORMATION_REQUESTED" || (status !== "IN_REVIEW" && random.chance(0.25))) {
    add("INFORMATION_REQUESTED", [4, 120], "caseworker", "IN_REVIEW", "INFORMATION_REQUESTED", { message: random.pick(QUESTIONS), respondByDays: 10 });
    if (status === "INFORMATION_REQUESTED") return steps;
    add("INFORMATION_PROVIDED", [12, 168], "applicant", "INFORMATION_REQUESTED", "IN_REVIEW", { message: random.pick(ANSWERS) });
  }
  if (status === "IN_REVIEW") return steps;
  if (status === "WITHDRAWN") {
    add("WITHDRAWN", [1, 96], "applicant", "IN_REVIEW", "WITHDRAWN", { message: "Заявление отозвано заявителем." });
    return steps;
  }
  if (status === "APPROVED") {
    if (SECOND_APPROVAL_MEASURES.has(plan.measure)) {
      add("APPROVED", [24, 240], "caseworker", null, null, { message: "Решение об одобрении передано на второе утверждение." });
      add("SECOND_APPROVAL", [2, 72], "supervisor", "IN_REVIEW", "APPROVED", { message: "Заявление одобрено." });
    } else {
      add("APPROVED", [24, 240], "caseworker", "IN_REVIEW", "APPROVED", { message: "Заявление одобрено." });
    }
    return steps;
  }
  add("REJECTED", [24, 240], "caseworker", "IN_REVIEW", "REJECTED", {
    message: REJECTION_EXPLANATIONS[plan.reasonCode ?? "DOCUMENTS_INCOMPLETE"],
  });
  if (status === "APPEALED") add("APPEALED", [24, 240], "applicant", "REJECTED", "APPEALED", { message: random.pick(APPEALS) });
  return steps;
}
