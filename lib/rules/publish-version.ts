// A second administrator — never the author — approves a version awaiting approval and
// publishes it, confirming with their own password at that moment. Before anything is
// written the engine's case files run against the published rules with this version laid
// over them; a failing case blocks publishing. Once published a version is immutable:
// no action accepts a PUBLISHED version.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { CaseFile } from "@/lib/eligibility/cases";
import { mergeParameterValues } from "@/lib/eligibility/parameters/merge";
import { AppError } from "@/lib/errors/app-error";
import { consumeRateLimit, resetRateLimit } from "@/lib/security/rate-limit";
import { firstAllowedEffectiveDate } from "./dates";
import type { PublishInput } from "./draft-schemas";
import { readParameterSet, readVersionValues } from "./parameter-values";
import { runCaseFiles } from "./run-case-files";
import { lockVersion } from "./version-guard";
import { forgetPublicDisplayReads } from "@/lib/measures-catalog/public-display-reads";

/** Password confirmations per administrator: five tries in fifteen minutes. */
export const PUBLISH_PASSWORD_LIMIT = { max: 5, windowSeconds: 15 * 60 };
const RATE_BUCKET = "rules-publish";

export interface PublishOptions {
  now: Date;
  /** The case files to run; the engine's own by default (tests pass their own). */
  caseFiles?: readonly { file: string; content: CaseFile }[];
}

export async function publishVersion(actor: Actor, input: PublishInput, options: PublishOptions): Promise<void> {
  assertCan(actor, "edit", "rules");
  const version = await db.ruleSetVersion.findUnique({ where: { id: input.versionId }, select: { status: true, createdById: true } });
  if (!version) throw new AppError("NOT_FOUND");
  if (version.status === "PUBLISHED") throw new AppError("CONFLICT", "published");
  if (version.status !== "AWAITING_APPROVAL") throw new AppError("CONFLICT", "notAwaiting");
  if (version.createdById === actor.id) throw new AppError("CONFLICT", "ownDraft");

  // Every attempt counts, so guessing is slow whether or not the version is publishable.
  const limit = await consumeRateLimit(RATE_BUCKET, actor.id, PUBLISH_PASSWORD_LIMIT);
  if (!limit.allowed) throw new AppError("CONFLICT", "tooManyAttempts");
  const approver = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, disabledAt: true } });
  if (!approver || approver.disabledAt || !(await verifyPassword(approver.passwordHash, input.password))) {
    await recordAudit(db, { actor, action: "rules.version.publish-refused", entityType: "RuleSetVersion", entityId: input.versionId, after: { reason: "passwordWrong" } });
    throw new AppError("CONFLICT", "passwordWrong");
  }
  await resetRateLimit(RATE_BUCKET, actor.id);

  await db.$transaction(async (tx) => {
    // One publication at a time, so the cases run against exactly the rules that will be in force.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('rules-publish'))`;
    const locked = await lockVersion(tx, input.versionId, ["AWAITING_APPROVAL"]);
    if (locked.createdById === actor.id) throw new AppError("CONFLICT", "ownDraft");
    const values = await readVersionValues(tx, locked.id);
    const firstDate = firstAllowedEffectiveDate(options.now);
    if (values.some((value) => value.effectiveFrom < firstDate)) throw new AppError("CONFLICT", "datePassed");
    const parameters = mergeParameterValues(await readParameterSet(tx), values);
    const cases = runCaseFiles(parameters, options.caseFiles);
    if (cases.failures.length > 0) throw new AppError("CONFLICT", "casesFailing");

    await tx.ruleSetVersion.update({
      where: { id: locked.id },
      data: { status: "PUBLISHED", approvedById: actor.id, publishedAt: options.now },
    });
    await recordAudit(tx, {
      actor,
      action: "rules.version.publish",
      entityType: "RuleSetVersion",
      entityId: locked.id,
      before: { status: "AWAITING_APPROVAL" },
      after: {
        status: "PUBLISHED",
        approvedById: actor.id,
        publishedAt: options.now.toISOString(),
        casesRun: cases.total,
        values: values.map((value) => ({ key: value.key, effectiveFrom: value.effectiveFrom, value: value.value })),
      },
    });
  });
  // The landing page shows the amounts in force: the next visitor sees the new ones.
  forgetPublicDisplayReads();
}
