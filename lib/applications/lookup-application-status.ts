// The public status lookup: reference number + the applicant's date of birth → the status
// and dates of one application, nothing personal. Throttled per client and per reference
// so a date of birth cannot be guessed by trying dates; an unknown reference and a wrong
// date give the same answer, so nobody learns which references exist.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { dateInAlmaty, isIsoDate } from "@/lib/eligibility/dates";
import { env } from "@/lib/env";
import { parseIin } from "@/lib/iin";
import { hashPersonalKey } from "@/lib/security/hash-key";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import type { ApplicationStatus, Measure } from "@/prisma/generated/enums";
import { APPLICATION_REFERENCE_PATTERN } from "./reference";

/** Per client address: plenty for a family checking a few applications, little for guessing. */
export const STATUS_LOOKUP_CLIENT_LIMIT = { max: 10, windowSeconds: 15 * 60 } as const;
/** Per reference, across all clients: guessing one applicant's birth date from many addresses. */
export const STATUS_LOOKUP_REFERENCE_LIMIT = { max: 20, windowSeconds: 24 * 60 * 60 } as const;
export const STATUS_LOOKUP_CLIENT_BUCKET = "status-lookup-client";
export const STATUS_LOOKUP_REFERENCE_BUCKET = "status-lookup-reference";

/** Messages are keys of the `statusLookup.errors` namespace. */
export const statusLookupSchema = z.strictObject({
  reference: z.string().trim().toUpperCase().max(20, "referenceFormat").regex(APPLICATION_REFERENCE_PATTERN, "referenceFormat"),
  birthDate: z.string().trim().min(1, "birthDateRequired").refine(isIsoDate, "birthDateInvalid"),
});

export type StatusLookupInput = z.infer<typeof statusLookupSchema>;

export interface PublicApplicationStatus {
  reference: string;
  measure: Measure;
  status: ApplicationStatus;
  /** Civil dates in Almaty, `YYYY-MM-DD`. */
  submittedOn: string | null;
  lastUpdatedOn: string;
  /** The deadline of an open information request, when there is one. */
  respondBy: string | null;
}

export type StatusLookupResult =
  | { kind: "found"; application: PublicApplicationStatus }
  | { kind: "not_found" }
  | { kind: "throttled"; retryAfterSeconds: number };

function throttlingKey(value: string): string {
  // Addresses and references are hashed: the rate-limit table holds nothing readable.
  return hashPersonalKey(env().AUTH_SECRET ?? "bakytty-development-rate-limit", value);
}

export async function lookupApplicationStatus(input: StatusLookupInput, client: { address: string }): Promise<StatusLookupResult> {
  const byClient = await consumeRateLimit(STATUS_LOOKUP_CLIENT_BUCKET, throttlingKey(client.address), STATUS_LOOKUP_CLIENT_LIMIT);
  if (!byClient.allowed) return { kind: "throttled", retryAfterSeconds: byClient.retryAfterSeconds };
  // Counted for every well-formed reference, existing or not, so the limit reveals nothing.
  const byReference = await consumeRateLimit(STATUS_LOOKUP_REFERENCE_BUCKET, throttlingKey(input.reference), STATUS_LOOKUP_REFERENCE_LIMIT);
  if (!byReference.allowed) return { kind: "throttled", retryAfterSeconds: byReference.retryAfterSeconds };

  const application = await db.application.findUnique({
    where: { reference: input.reference },
    select: {
      reference: true,
      measure: true,
      status: true,
      submittedAt: true,
      updatedAt: true,
      family: { select: { applicant: { select: { iin: true } } } },
      // What the family itself sees: internal notes never date a public "last update".
      timeline: { where: { isInternal: false }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  const applicantIin = application ? parseIin(application.family.applicant.iin) : null;
  if (!application || !applicantIin?.ok || applicantIin.value.birthDate !== input.birthDate) return { kind: "not_found" };

  const lastEvent = application.timeline[0]?.createdAt ?? application.updatedAt;
  const respondBy =
    application.status === "INFORMATION_REQUESTED"
      ? await db.timelineEvent.findFirst({
          where: { application: { reference: application.reference }, type: "INFORMATION_REQUESTED", respondBy: { not: null } },
          orderBy: { createdAt: "desc" },
          select: { respondBy: true },
        })
      : null;
  return {
    kind: "found",
    application: {
      reference: application.reference,
      measure: application.measure,
      status: application.status,
      submittedOn: application.submittedAt ? dateInAlmaty(application.submittedAt) : null,
      lastUpdatedOn: dateInAlmaty(lastEvent),
      respondBy: respondBy?.respondBy ? dateInAlmaty(respondBy.respondBy) : null,
    },
  };
}
