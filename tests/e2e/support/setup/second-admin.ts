// e2e setup: a second administrator (the seed has one), who approves rule changes.
// Prints the IIN to sign in with; the password is SECOND_ADMIN_PASSWORD.
import { createPrismaClient } from "@/lib/db/create-client";
import { createStaffUser } from "@/prisma/seed/factories";
import { SECOND_ADMIN_PASSWORD } from "./second-admin-password";

async function main() {
  const database = createPrismaClient();
  try {
    const admin = await createStaffUser(database, { role: "ADMIN", password: SECOND_ADMIN_PASSWORD });
    console.log(JSON.stringify({ iin: admin.iin }));
  } finally {
    await database.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
