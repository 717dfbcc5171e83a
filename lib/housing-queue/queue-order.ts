// The order of the city's housing queue, defined once. Among WAITING entries, a family
// comes earlier when its category has a higher priority, then when it registered earlier,
// then (for the same category and date) by entry id, so every entry has one stable place.
//
// The category priority below is our reading of the programme: families raising a child
// with a disability first, then large families, then incomplete families, then other
// socially vulnerable families. The sources do not fix it, so treat it as a parameter the
// administrators may change later (it would then move to the rule parameters); nothing
// else in the code may assume this order.
import type { HousingQueueCategory } from "@/prisma/generated/enums";

export const QUEUE_CATEGORY_PRIORITY: readonly HousingQueueCategory[] = [
  "CHILD_WITH_DISABILITY",
  "LARGE_FAMILY",
  "INCOMPLETE_FAMILY",
  "OTHER_SOCIALLY_VULNERABLE",
];

/** The categories served before `category` (higher priority). */
export function categoriesBefore(category: HousingQueueCategory): HousingQueueCategory[] {
  const index = QUEUE_CATEGORY_PRIORITY.indexOf(category);
  return QUEUE_CATEGORY_PRIORITY.slice(0, Math.max(index, 0));
}

export interface QueuePlace {
  id: string;
  category: HousingQueueCategory;
  registeredAt: Date;
}

/**
 * The Prisma filter for WAITING entries placed before `entry`, written as a predicate so
 * a position is one indexed COUNT rather than loading the queue. Ties on category and
 * date fall back to the id in the database's own text order.
 */
export function placedBeforeFilter(entry: QueuePlace) {
  return {
    status: "WAITING" as const,
    OR: [
      { category: { in: categoriesBefore(entry.category) } },
      { category: entry.category, registeredAt: { lt: entry.registeredAt } },
      { category: entry.category, registeredAt: entry.registeredAt, id: { lt: entry.id } },
    ],
  };
}

/**
 * The same order as a comparator, for code that already holds the entries (tests, and
 * checks of a page against the rule). Ids are compared by `compareIds`, which callers
 * give when the database's text order differs from plain code-unit order.
 */
export function compareQueuePlaces(a: QueuePlace, b: QueuePlace, compareIds: (x: string, y: string) => number = (x, y) => (x < y ? -1 : x > y ? 1 : 0)): number {
  const byCategory = QUEUE_CATEGORY_PRIORITY.indexOf(a.category) - QUEUE_CATEGORY_PRIORITY.indexOf(b.category);
  if (byCategory !== 0) return byCategory;
  const byDate = a.registeredAt.getTime() - b.registeredAt.getTime();
  if (byDate !== 0) return byDate;
  return compareIds(a.id, b.id);
}
