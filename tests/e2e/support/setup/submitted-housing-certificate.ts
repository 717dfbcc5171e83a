// e2e setup: a housing certificate application as families' applications arrive —
// submitted, unassigned, in Almaly (the demo caseworker's district). Prints its reference and id.
import { nextApplicationReference } from "@/lib/applications/reference";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { createPrismaClient } from "@/lib/db/create-client";
import { createCitizenWithFamily } from "@/prisma/seed/factories";

async function main() {
  const database = createPrismaClient();
  try {
    const now = new Date();
    const record = await createCitizenWithFamily(database, { district: "ALMALY", housingQueue: "LARGE_FAMILY", asOf: now.toISOString().slice(0, 10) });
    const reference = await nextApplicationReference(database, now.getUTCFullYear());
    const application = await database.application.create({
      data: {
        reference, familyId: record.family.id as string, measure: "HOUSING_CERTIFICATE", status: "SUBMITTED", version: 1,
        amountTenge: 1_000_000, answers: { lender: "АО «Отбасы банк»" }, submittedAt: now, dueAt: addWorkingDays(now, 15),
      },
      select: { id: true },
    });
    await database.timelineEvent.create({
      data: { applicationId: application.id, type: "SUBMITTED", actorId: record.user.id as string, fromStatus: "DRAFT", toStatus: "SUBMITTED", createdAt: now },
    });
    console.log(JSON.stringify({ reference, applicationId: application.id }));
  } finally {
    await database.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
