// Shared set-up for the document tests: a temporary uploads folder (set before any module
// reads the environment), families, staff and applications from the seed factories.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/auth/permissions";
import { nextApplicationReference } from "@/lib/applications/reference";
import { db } from "@/lib/db/client";
import { Measure, type ApplicationStatus, type District } from "@/prisma/generated/enums";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";

export function makeTemporaryUploadsDir(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "bakytty-uploads-"));
  process.env.UPLOADS_DIR = directory;
  return directory;
}

export function removeDirectory(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
}

/** Every file under `directory`, relative, including temporary ones. */
export function filesUnder(directory: string): string[] {
  try {
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

export async function createFamily(district?: District): Promise<{ actor: Actor; familyId: string; district: District }> {
  const record = await createCitizenWithFamily(db, district ? { district } : {});
  return {
    actor: { id: record.user.id, role: record.user.role, district: record.user.district ?? null },
    familyId: record.family.id,
    district: record.family.district,
  };
}

export async function createStaff(role: "CASEWORKER" | "SUPERVISOR" | "ADMIN", district: District | null = null): Promise<Actor> {
  const user = await createStaffUser(db, { role, district });
  return { id: user.id, role: user.role, district: user.district ?? null };
}

// A family has one open application per measure: each new one takes the next measure.
const MEASURES = Object.values(Measure);
let applicationCounter = 0;

export async function createApplication(familyId: string, status: ApplicationStatus = "DRAFT"): Promise<string> {
  const application = await db.application.create({
    data: {
      reference: await nextApplicationReference(db, 2026),
      familyId,
      measure: MEASURES[applicationCounter++ % MEASURES.length]!,
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
    },
    select: { id: true },
  });
  return application.id;
}

export function otherDistrict(district: District): District {
  return district === "ALMALY" ? "TURKSIB" : "ALMALY";
}
