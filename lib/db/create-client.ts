// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db/client.ts),
// the seed and the integration tests, which need their own clients outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client";

export function createPrismaClient(databaseUrl = process.env.DATABASE_URL) {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or set it");
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
    // Password hashes never leave the database unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
