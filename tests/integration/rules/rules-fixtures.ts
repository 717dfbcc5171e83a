// Shared set-up for the rules editor's tests: staff accounts as actors, and "now".
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/create-client";
import { createStaffUser } from "@/prisma/seed/factories";
import type { Role } from "@/prisma/generated/enums";

export const PASSWORD = "Rules-Test-Pass-2026";

export async function createActor(client: Database, role: Exclude<Role, "CITIZEN">, password?: string): Promise<Actor> {
  const user = await createStaffUser(client, { role, district: role === "CASEWORKER" ? "ALMALY" : null, ...(password ? { password } : {}) });
  return { id: user.id, role: user.role, district: user.district };
}

/** Days after today in Almaty's calendar, as YYYY-MM-DD. */
export function daysFromToday(days: number, now = new Date()): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
