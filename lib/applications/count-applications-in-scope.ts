// Application counts for the staff overview: a caseworker sees their district,
// supervisors and administrators the whole city. Citizens have no such view.
import "server-only";
import { accessLevel, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ApplicationStatus, District, Measure } from "@/prisma/generated/enums";

const OPEN_STATUSES: ApplicationStatus[] = ["SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "APPEALED"];

export interface ApplicationCounts {
  /** The district counted, or null for the whole city. */
  district: District | null;
  byStatus: { status: ApplicationStatus; count: number }[];
  openByMeasure: { measure: Measure; count: number }[];
}

export async function countApplicationsInScope(user: Actor): Promise<ApplicationCounts> {
  const access = accessLevel(user, "read", "application");
  if (access !== "any" && access !== "district") throw new AppError("FORBIDDEN");
  // A caseworker without a district sees nothing rather than everything.
  const district = access === "district" ? user.district : null;
  if (access === "district" && !district) return { district: null, byStatus: [], openByMeasure: [] };
  const where = district ? { family: { district } } : {};
  const [byStatus, openByMeasure] = await Promise.all([
    db.application.groupBy({ by: ["status"], where, _count: { _all: true }, orderBy: { status: "asc" } }),
    db.application.groupBy({
      by: ["measure"],
      where: { ...where, status: { in: OPEN_STATUSES } },
      _count: { _all: true },
      orderBy: { measure: "asc" },
    }),
  ]);
  return {
    district,
    byStatus: byStatus.map((row) => ({ status: row.status, count: row._count._all })),
    openByMeasure: openByMeasure.map((row) => ({ measure: row.measure, count: row._count._all })),
  };
}
