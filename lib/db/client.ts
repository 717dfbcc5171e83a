// The one Prisma client of the process (create-t3-app's singleton pattern): Next.js dev
// reloads modules, so the instance is kept on globalThis to avoid exhausting connections.
// It is created on first use, not on import: `next build` imports route modules to read
// their configuration, with no database around.
import "server-only";
import { createPrismaClient, type Database } from "./create-client";

const globalForPrisma = globalThis as unknown as { bakyttyPrisma?: Database };

function client(): Database {
  globalForPrisma.bakyttyPrisma ??= createPrismaClient();
  return globalForPrisma.bakyttyPrisma;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
