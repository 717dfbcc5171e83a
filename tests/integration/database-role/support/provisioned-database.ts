// A migrated database of its own with pg-boss installed and an application role
// provisioned on it exactly as the launcher does (lib/db/application-role.ts). The role's
// name is unique per test file: roles belong to the whole server, shared by parallel files.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { provisionApplicationRole } from "@/lib/db/application-role";
import { urlForRole } from "@/lib/db/application-role-login";
import { installJobQueue } from "@/lib/db/install-job-queue";
import { createIsolatedDatabase } from "../../../support/local-database";

export interface ProvisionedDatabase {
  /** The owner's URL (the test server's superuser), as migrations and the seed use. */
  ownerUrl: string;
  /** The application role's URL, as Next.js and the job worker use. */
  appUrl: string;
  role: string;
  password: string;
  drop(): Promise<void>;
}

export async function createProvisionedDatabase(): Promise<ProvisionedDatabase> {
  const database = await createIsolatedDatabase({ migrate: true });
  const role = `bakytty_app_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(24).toString("base64url");
  await installJobQueue(database.url);
  await provisionApplicationRole(database.url, { role, login: { password, mode: "create-or-update" } });
  return {
    ownerUrl: database.url,
    appUrl: urlForRole(database.url, role, password),
    role,
    password,
    async drop() {
      await database.drop();
      const admin = new pg.Client({ connectionString: process.env.TEST_SERVER_ADMIN_URL });
      await admin.connect();
      try {
        await admin.query(`DROP ROLE IF EXISTS ${admin.escapeIdentifier(role)}`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Runs `work` with a client signed in at `url`, closing it afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The error `sql` fails with, or null when it succeeds. */
export async function errorOf(client: pg.Client, sql: string): Promise<pg.DatabaseError | null> {
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    if (error instanceof pg.DatabaseError) return error;
    throw error;
  }
}
