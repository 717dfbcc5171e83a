// The work queue's filters, read from the page's URL (a GET form, so they can be
// bookmarked and shared). One strict schema: a bad value of a field falls back to that
// field's default, and a URL carrying a field the queue does not know falls back to the
// default queue, so no address can make the page fail.
import { z } from "zod";
import { District, Measure } from "@/prisma/generated/enums";
import { DEADLINE_STATES } from "./deadline-state";

export const QUEUE_STATUSES = ["SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "APPEALED", "APPROVED", "REJECTED", "WITHDRAWN"] as const;
/** "open" (default) lists the cases still waiting for someone; "all" adds closed ones. */
export const STATUS_FILTERS = ["open", "all", ...QUEUE_STATUSES] as const;
export const SORTS = ["due", "submitted", "reference"] as const;
/** What the page says after a claim or an assignment (?notice=…). */
export const NOTICES = ["claimed", "assigned", "unassigned", "changed", "closed", "taken", "invalid"] as const;

export const QUEUE_PAGE_SIZE = 25;
// Deeper pages are never useful to a person and only cost the database an OFFSET scan.
const MAX_PAGE = 10_000;

/** A staff user's id (cuid or the seed's usr_… ids), never anything else in a query. */
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const queueFiltersSchema = z
  .strictObject({
    measure: optional(z.enum(Measure)),
    status: z.enum(STATUS_FILTERS).catch("open").default("open"),
    district: optional(z.enum(District)),
    deadline: optional(z.enum(DEADLINE_STATES)),
    assignee: optional(z.union([z.literal("me"), z.literal("unassigned"), z.string().regex(USER_ID)])),
    awaiting: optional(z.literal("second-approval")),
    sort: z.enum(SORTS).catch("due").default("due"),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).default(1),
    notice: optional(z.enum(NOTICES)),
  });

export type QueueFilters = z.infer<typeof queueFiltersSchema>;
export type QueueNotice = (typeof NOTICES)[number];

export const DEFAULT_QUEUE_FILTERS: QueueFilters = queueFiltersSchema.parse({});

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** The filters of a URL's search parameters; empty values mean "any". */
export function parseQueueFilters(searchParams: SearchParams): QueueFilters {
  const record: Record<string, string> = {};
  const entries = searchParams instanceof URLSearchParams ? [...searchParams.entries()] : Object.entries(searchParams);
  for (const [key, raw] of entries) {
    // A repeated parameter counts once (its first value), as the GET form sends it once.
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value !== "") record[key] = value;
  }
  const parsed = queueFiltersSchema.safeParse(record);
  return parsed.success ? parsed.data : DEFAULT_QUEUE_FILTERS;
}

/**
 * The query string (without "?") of `filters`, leaving out defaults so links stay short.
 * `changes` overrides fields (a page number, a notice); the notice is never carried over.
 */
export function queueQueryString(filters: QueueFilters, changes: Partial<QueueFilters> = {}): string {
  const merged: QueueFilters = { ...filters, notice: undefined, ...changes };
  const params = new URLSearchParams();
  for (const key of Object.keys(queueFiltersSchema.shape) as (keyof QueueFilters)[]) {
    const value = merged[key];
    if (value === undefined || value === DEFAULT_QUEUE_FILTERS[key]) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/** The queue's path with `filters`, e.g. "/staff?assignee=me". */
export function queueHref(filters: QueueFilters, changes: Partial<QueueFilters> = {}): string {
  const query = queueQueryString(filters, changes);
  return query ? `/staff?${query}` : "/staff";
}

/**
 * The queue's own short address for the parameters a visitor sent, or null when they are
 * already short. The GET filter form sends every field, empty ones included; redirecting
 * to the short form keeps addresses readable, shareable and the same for the same view.
 */
export function canonicalQueueHref(searchParams: SearchParams): string | null {
  const filters = parseQueueFilters(searchParams);
  const canonical = new URLSearchParams(queueQueryString(filters, { notice: filters.notice }));
  const sent = new URLSearchParams();
  const entries = searchParams instanceof URLSearchParams ? [...searchParams.entries()] : Object.entries(searchParams);
  for (const [key, raw] of entries) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) sent.append(key, value);
  }
  const sameAs = (a: URLSearchParams, b: URLSearchParams) => [...a.entries()].sort().join("&") === [...b.entries()].sort().join("&");
  if (sameAs(canonical, sent)) return null;
  const query = canonical.toString();
  return query ? `/staff?${query}` : "/staff";
}
