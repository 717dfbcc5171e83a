// What the staff queue page can be filtered by, read from its URL. The URL never carries
// an IIN: a search text that looks like one is not used here (the filter action turns it
// into a lookup and a redirect to the entry instead).
import { z } from "zod";
import { District, HousingQueueCategory } from "@/prisma/generated/enums";

export const QUEUE_PAGE_SIZE = 50;

const APPLICATION_REFERENCE = /^BO-\d{4}-\d{1,9}$/i;

/** 12 digits once spaces are dropped: an IIN, which must not be searched by URL. */
export function looksLikeIin(text: string): boolean {
  return /^\d{12}$/.test(text.replace(/[\s-]/g, ""));
}

export function isApplicationReference(text: string): boolean {
  return APPLICATION_REFERENCE.test(text.trim());
}

const optionalEnum = <T extends Record<string, string>>(values: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.enum(values).optional());

/** The filter fields a staff member types or picks (the filter form and the URL). */
export const queueFilterSchema = z.strictObject({
  category: optionalEnum(HousingQueueCategory),
  district: optionalEnum(District),
  q: z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined), z.string().max(100, "queueSearchTooLong").optional()),
});

export type QueueFilter = z.infer<typeof queueFilterSchema>;

export interface QueueQuery extends QueueFilter {
  page: number;
}

/** A page's URL parameters, forgiving: an unknown value is dropped rather than failing the page. */
export function readQueueQuery(params: Record<string, string | string[] | undefined>): QueueQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const category = queueFilterSchema.shape.category.safeParse(first(params.category));
  const district = queueFilterSchema.shape.district.safeParse(first(params.district));
  const q = queueFilterSchema.shape.q.safeParse(first(params.q));
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  return {
    category: category.success ? category.data : undefined,
    district: district.success ? district.data : undefined,
    q: q.success && q.data && !looksLikeIin(q.data) ? q.data : undefined,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL query of a filter and page, without empty parts. */
export function queueQueryString(query: Partial<QueueQuery>): string {
  const params = new URLSearchParams();
  if (query.category) params.set("category", query.category);
  if (query.district) params.set("district", query.district);
  if (query.q) params.set("q", query.q);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
