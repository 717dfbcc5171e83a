// Whether citizens may apply for a measure on a given day, from its catalog setting: a
// pure function of the setting, the Almaty date and the approvals counted so far, so the
// same answer is shown on the landing page, enforced at submission and used by offers.
import type { MeasureStatus } from "@/prisma/generated/enums";

/** A measure's catalog row with its dates as ISO `YYYY-MM-DD` (Almaty civil dates). */
export interface CatalogSetting {
  status: MeasureStatus;
  windowStartsOn: string | null;
  windowEndsOn: string | null;
  quota: number | null;
}

export type MeasureAvailability =
  | { isOpen: true; status: "open"; closesOn: string | null }
  | { isOpen: false; status: "paused" | "closed" }
  | { isOpen: false; status: "not-yet-open"; opensOn: string }
  | { isOpen: false; status: "window-ended"; closedOn: string }
  | { isOpen: false; status: "quota-reached"; quota: number };

/** No row in the catalog: open all year, no quota. */
export const OPEN_ALL_YEAR: CatalogSetting = { status: "OPEN", windowStartsOn: null, windowEndsOn: null, quota: null };

/**
 * The days whose approvals count toward the quota: the application window, or the
 * calendar year of `today` for whichever end of it is not set.
 */
export function quotaPeriod(setting: CatalogSetting, today: string): { from: string; to: string } {
  const year = today.slice(0, 4);
  return { from: setting.windowStartsOn ?? `${year}-01-01`, to: setting.windowEndsOn ?? `${year}-12-31` };
}

/**
 * Paused or closed first (the administrator's word wins), then the window, then the
 * quota. ISO dates compare as strings, so no clock or time zone is involved here.
 */
export function isMeasureOpenForApplications(setting: CatalogSetting | null, today: string, approvedCountInWindow: number): MeasureAvailability {
  const current = setting ?? OPEN_ALL_YEAR;
  if (current.status === "PAUSED") return { isOpen: false, status: "paused" };
  if (current.status === "CLOSED") return { isOpen: false, status: "closed" };
  if (current.windowStartsOn !== null && today < current.windowStartsOn) return { isOpen: false, status: "not-yet-open", opensOn: current.windowStartsOn };
  if (current.windowEndsOn !== null && today > current.windowEndsOn) return { isOpen: false, status: "window-ended", closedOn: current.windowEndsOn };
  if (current.quota !== null && approvedCountInWindow >= current.quota) return { isOpen: false, status: "quota-reached", quota: current.quota };
  return { isOpen: true, status: "open", closesOn: current.windowEndsOn };
}
