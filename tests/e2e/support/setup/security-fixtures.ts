// e2e setup for the security suite: accounts and records the security specs may sign in
// as, change or disable without touching the demo accounts other specs rely on. Citizens
// A and B (both in Almaly, the demo caseworker's district) each get a draft, a submitted
// application and a document; A also holds an issued housing certificate. A caseworker of
// Turksib is the "other district". Ids of seeded records fill the pages' [params].
// Prints the fixtures as JSON on its last line (see tests/e2e/security/support/security-roles.ts).
//
// The document goes through lib/documents/upload-document, which is marked "server-only"
// (it throws outside React's server condition). So the script re-runs itself once with
// `--conditions=react-server`; every lib import below is dynamic for that reason.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";

const SERVER_CONDITION = "--conditions=react-server";

function rerunWithServerCondition(): never {
  const result = spawnSync(process.execPath, [SERVER_CONDITION, "--import", "tsx", fileURLToPath(import.meta.url)], {
    stdio: "inherit",
    // The portal under test keeps its uploads in E2E_DATA_DIR (playwright.config.ts), so the
    // document's file must be written there for the download route to find it.
    env: { ...process.env, APP_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e" },
  });
  process.exit(result.status ?? 1);
}

/** A password only this run knows (test data; never a demo password). */
function freshPassword(): string {
  return `Sec-${randomBytes(9).toString("base64url")}-2026`;
}

async function main() {
  const { createPrismaClient } = await import("@/lib/db/create-client");
  const { createCitizenWithFamily, createStaffUser } = await import("@/prisma/seed/factories");
  const { nextApplicationReference } = await import("@/lib/applications/reference");
  const { addWorkingDays } = await import("@/lib/calendar/working-days");
  const { issueHousingCertificate } = await import("@/lib/certificates/issue-housing-certificate");
  const { uploadDocument } = await import("@/lib/documents/upload-document");
  const { samplePdf } = await import("@/tests/integration/documents/samples");
  const { createDraft } = await import("@/lib/rules/create-draft");
  const { addDraftChange } = await import("@/lib/rules/add-draft-change");
  const { addChangeSchema } = await import("@/lib/rules/draft-schemas");
  const { previewAllocation } = await import("@/lib/housing-queue/preview-allocation");
  const { allocateFlats } = await import("@/lib/housing-queue/allocate-flats");
  const { DEFAULT_PARAMETERS } = await import("@/lib/eligibility/parameters/definitions");
  const { db } = await import("@/lib/db/client");

  const database = createPrismaClient();
  const now = new Date();
  const year = now.getUTCFullYear();

  async function application(familyId: string, actorId: string, measure: "UTILITIES_COMPENSATION" | "ONE_TIME_ASSISTANCE" | "HOUSING_CERTIFICATE", status: "DRAFT" | "SUBMITTED" | "APPROVED") {
    const submitted = status !== "DRAFT";
    const created = await database.application.create({
      data: {
        reference: await nextApplicationReference(database, year), familyId, measure, status, version: submitted ? 1 : 0,
        amountTenge: submitted ? 150_000 : null, answers: {},
        submittedAt: submitted ? now : null, dueAt: submitted ? addWorkingDays(now, 15) : null, decidedAt: status === "APPROVED" ? now : null,
      },
      select: { id: true },
    });
    await database.timelineEvent.create({
      data: { applicationId: created.id, type: submitted ? "SUBMITTED" : "CREATED", actorId, fromStatus: submitted ? "DRAFT" : null, toStatus: submitted ? "SUBMITTED" : "DRAFT", createdAt: now },
    });
    return created.id;
  }

  async function citizen(label: string) {
    const password = freshPassword();
    const record = await createCitizenWithFamily(database, { district: "ALMALY", housingQueue: "LARGE_FAMILY", password, asOf: now.toISOString().slice(0, 10) });
    const userId = record.user.id;
    const familyId = record.family.id;
    const actor = { id: userId, role: "CITIZEN" as const, district: null };
    const document = await uploadDocument(actor, { kind: "INCOME_STATEMENT", originalName: `${label}-income.pdf`, content: samplePdf(`${label} income statement`) });
    return {
      userId, iin: record.user.iin, password, familyId,
      fullName: record.user.fullName,
      // A child's record: the member page the family may open (and others may not).
      memberId: (record.members.find((member) => member.role === "CHILD") ?? record.members[0])?.id ?? null,
      // Every member's IIN: the exposure crawl looks for all of them, not only the applicant's.
      memberIins: record.members.map((member) => member.iin),
      queueEntryId: record.queueEntry?.id ?? null,
      draftApplicationId: await application(familyId, userId, "UTILITIES_COMPENSATION", "DRAFT"),
      submittedApplicationId: await application(familyId, userId, "ONE_TIME_ASSISTANCE", "SUBMITTED"),
      documentId: document.id,
    };
  }

  try {
    const citizenA = await citizen("citizen-a");
    const citizenB = await citizen("citizen-b");

    // A's approved housing certificate application and its certificate, issued the way the
    // approval issues it (inside a transaction).
    const approvedApplicationId = await application(citizenA.familyId, citizenA.userId, "HOUSING_CERTIFICATE", "APPROVED");
    const issued = await database.$transaction((tx) =>
      issueHousingCertificate(tx, { applicationId: approvedApplicationId, amountTenge: 1_000_000, issuedAt: now, issuedOn: now.toISOString().slice(0, 10), validityMonths: 6 }),
    );

    const otherPassword = freshPassword();
    const other = await createStaffUser(database, { role: "CASEWORKER", district: "TURKSIB", password: otherPassword });

    // A draft rule version of a fixture administrator (the seed makes none), so the version
    // pages have a record; drafts change nothing until approved and published.
    const author = await createStaffUser(database, { role: "ADMIN" });
    const authorActor = { id: author.id, role: "ADMIN" as const, district: null };
    const ruleVersion = await createDraft(authorActor, { title: "Security suite draft", reason: "Pages of a draft version for the access matrix" });
    // One change, so the version has an impact preview (its families page exists only then).
    const nextNewYear = `${year + 1}-01-01`;
    await addDraftChange(authorActor, addChangeSchema(nextNewYear).parse({ versionId: ruleVersion.id, key: "SUBSISTENCE_MINIMUM_TENGE", value: "60000", effectiveFrom: nextNewYear, source: "Security suite fixture" }));

    // A housing allocation: the one the housing-queue spec made earlier in the run if there
    // is one; otherwise one flat, allocated by a fixture supervisor the way the form does.
    const existingAllocation = await database.housingAllocation.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
    const allocationId = existingAllocation?.id ?? (await (async () => {
      const supervisor = await createStaffUser(database, { role: "SUPERVISOR" });
      const actor = { id: supervisor.id, role: "SUPERVISOR" as const, district: null };
      const request = { title: "Security suite allocation", flats: 1, reserveSize: 0, reason: "Pages of an allocation for the access matrix" };
      const pick = await previewAllocation(actor, request, database);
      return (await allocateFlats(actor, { ...request, previewFingerprint: pick.fingerprint }, database)).allocationId;
    })());

    // Seeded records whose pages the matrix opens (read-only: nothing here changes them).
    const paymentRun = await database.paymentRun.findFirst({ orderBy: { createdAt: "desc" }, select: { id: true } });
    const almalyApplication = await database.application.findFirst({ where: { district: "ALMALY", status: { not: "DRAFT" } }, orderBy: { submittedAt: "desc" }, select: { id: true } });

    console.log(JSON.stringify({
      citizenA: { ...citizenA, approvedApplicationId },
      citizenB,
      caseworkerOtherDistrict: { userId: other.id, iin: other.iin, password: otherPassword },
      certificate: { certificateId: issued.id, verificationToken: issued.verificationToken },
      paymentRunId: paymentRun?.id ?? null,
      ruleVersionId: ruleVersion.id,
      parameterKey: Object.keys(DEFAULT_PARAMETERS)[0],
      allocationId,
      almalyApplicationId: almalyApplication?.id ?? null,
      staffUserId: other.id,
    }));
  } finally {
    await database.$disconnect();
    await db.$disconnect();
  }
}

if (!process.execArgv.includes(SERVER_CONDITION)) rerunWithServerCondition();
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
