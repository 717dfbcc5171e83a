// The family answers the caseworker's request for information before its deadline. The
// application goes back to review, and the decision deadline moves by the time the
// request was open, in working days (the statutory clock is paused while the family is asked).
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { deadlineAfterPause } from "@/lib/calendar/working-days";
import { AppError } from "@/lib/errors/app-error";
import { changeStatusByFamily } from "./change-status-by-family";
import { applicationIdField, messageField, versionField } from "./fields";
import { isPastDeadline } from "./information-request";

export const answerInformationRequestSchema = z.strictObject({
  applicationId: applicationIdField,
  version: versionField,
  message: messageField("answerRequired"),
});

export type AnswerInformationRequestInput = z.infer<typeof answerInformationRequestSchema>;

export function answerInformationRequest(actor: Actor, input: AnswerInformationRequestInput, now = new Date()) {
  return changeStatusByFamily(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      to: "IN_REVIEW",
      event: "INFORMATION_PROVIDED",
      message: input.message,
      auditAction: "application.answer-information-request",
      template: "application.information-provided",
      check: (application) => {
        if (application.status !== "INFORMATION_REQUESTED" || !application.latestRequest) throw new AppError("CONFLICT", `transition:${application.status}->IN_REVIEW`);
        if (isPastDeadline(application.latestRequest, now)) throw new AppError("CONFLICT", "deadline");
      },
      extraData: (application) => {
        if (!application.dueAt || !application.latestRequest) return {};
        return { dueAt: deadlineAfterPause(application.dueAt, application.latestRequest.createdAt, now) };
      },
    },
    now,
  );
}
