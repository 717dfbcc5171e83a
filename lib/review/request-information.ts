// Ask the family for information with a deadline. The statutory clock stops while the
// request is open (the family's answer, or "resume review", moves the deadline on).
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { endOfAlmatyDay, respondByProblem } from "./respond-by";
import { applicationIdField, textField, versionField } from "./review-fields";
import { runReviewChange } from "./run-review-change";

export const requestInformationSchema = z.strictObject({
  applicationId: applicationIdField,
  version: versionField,
  requestMessage: textField("requestMessageRequired"),
  respondBy: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "respondByInvalid"),
});
export type RequestInformationInput = z.infer<typeof requestInformationSchema>;

export function requestInformation(actor: Actor, input: RequestInformationInput, now = new Date()) {
  return runReviewChange(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "requestInformation",
      plan: (target) => {
        const problem = respondByProblem(input.respondBy, now);
        if (problem) throw new AppError("INVALID_INPUT", `respondBy:${problem}`);
        const respondBy = endOfAlmatyDay(input.respondBy);
        return {
          to: "INFORMATION_REQUESTED" as const,
          audit: { action: "application.request-information", before: {}, after: { respondBy: respondBy.toISOString() } },
          notice: "application.information-requested" as const,
          write: async (tx) => {
            await tx.timelineEvent.create({
              data: {
                applicationId: target.id, type: "INFORMATION_REQUESTED", actorId: actor.id, fromStatus: target.status, toStatus: "INFORMATION_REQUESTED",
                message: input.requestMessage, respondBy, createdAt: now,
              },
            });
            return { id: target.id, status: "INFORMATION_REQUESTED" as const, version: target.version + 1 };
          },
        };
      },
    },
    now,
  );
}
