// The families a draft would move in or out of one measure (optionally in one district),
// a page at a time: the applicant's name and the district, never an IIN.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { MEASURE_CODES } from "@/lib/eligibility/measure-codes";
import { District } from "@/prisma/generated/enums";
import { computeImpactPreview } from "./impact-preview";

export const AFFECTED_PAGE_SIZE = 50;

/** The list's query string (?measure=&change=&district=&page=); anything else is refused. */
export const affectedQuerySchema = z.strictObject({
  measure: z.enum(MEASURE_CODES),
  change: z.enum(["gained", "lost"]),
  district: z.enum(Object.values(District) as [District, ...District[]]).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AffectedQuery = z.infer<typeof affectedQuerySchema>;

export interface AffectedFamilies {
  asOf: string;
  total: number;
  page: number;
  pages: number;
  families: { id: string; applicantName: string; district: District }[];
}

export async function listAffectedFamilies(actor: Actor, versionId: string, query: AffectedQuery): Promise<AffectedFamilies | null> {
  const preview = await computeImpactPreview(actor, versionId, { measure: query.measure, change: query.change, district: query.district });
  if (!preview) return null;
  const total = preview.selected.length;
  const pages = Math.max(1, Math.ceil(total / AFFECTED_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const slice = preview.selected.slice((page - 1) * AFFECTED_PAGE_SIZE, page * AFFECTED_PAGE_SIZE);
  const rows = await db.family.findMany({
    where: { id: { in: slice.map((family) => family.id) } },
    select: { id: true, district: true, applicant: { select: { fullName: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const families = slice.flatMap((family) => {
    const row = byId.get(family.id);
    return row ? [{ id: row.id, applicantName: row.applicant.fullName, district: row.district }] : [];
  });
  return { asOf: preview.asOf, total, page, pages, families };
}
