// e2e setup for the session and download specs (tests/e2e/security): accounts of their own,
// with fresh random IINs, so signing them out, changing their role or disabling them never
// touches the demo accounts other specs sign in with. Prints their IINs, ids and names and
// the one password they share (test data only) as JSON.
import { createPrismaClient } from "@/lib/db/create-client";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";

const SESSION_FIXTURE_PASSWORD = "Session-Fixture-Pass-2026";

async function main() {
  const database = createPrismaClient();
  try {
    // Almaly: the demo caseworker's district, so the demo caseworker may open the family's documents.
    const citizen = await createCitizenWithFamily(database, { district: "ALMALY", password: SESSION_FIXTURE_PASSWORD });
    const otherMember = citizen.members.find((member) => member.fullName !== citizen.user.fullName);
    const caseworker = () => createStaffUser(database, { role: "CASEWORKER", district: "ALMALY", password: SESSION_FIXTURE_PASSWORD });
    const [promoted, disabled, throttled] = [await caseworker(), await caseworker(), await caseworker()];
    console.log(
      JSON.stringify({
        password: SESSION_FIXTURE_PASSWORD,
        citizen: { iin: citizen.user.iin, fullName: citizen.user.fullName, otherMemberName: otherMember?.fullName ?? null },
        caseworkerToPromote: { id: promoted.id, iin: promoted.iin, fullName: promoted.fullName },
        caseworkerToDisable: { id: disabled.id, iin: disabled.iin, fullName: disabled.fullName },
        // Locked out by the throttling spec for the window: used for nothing else.
        accountToThrottle: { iin: throttled.iin, fullName: throttled.fullName },
      }),
    );
  } finally {
    await database.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
