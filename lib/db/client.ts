// The one Prisma client of the process (create-t3-app's singleton pattern): Next.js dev
// reloads modules, so the instance is kept on globalThis to avoid exhausting connections.
import "server-only";
import { createPrismaClient, type Database } from "./create-client";

const globalForPrisma = globalThis as unknown as { bakyttyPrisma?: Database };

export const db: Database = globalForPrisma.bakyttyPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.bakyttyPrisma = db;
