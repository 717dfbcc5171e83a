// The kinds of queue history events. Stored as text (the seed and older rows use the first
// five); pages translate each kind and fall back to a generic label for unknown ones.
export const QUEUE_EVENT_KINDS = [
  "REGISTERED",
  "CATEGORY_CHANGED",
  "POSITION_CHANGED",
  "ALLOCATED",
  "RESERVE",
  "DECLINED",
  "REMOVED",
  "RESTORED",
] as const;

export type QueueEventKind = (typeof QUEUE_EVENT_KINDS)[number];

export function knownEventKind(kind: string): QueueEventKind | "OTHER" {
  return QUEUE_EVENT_KINDS.find((candidate) => candidate === kind) ?? "OTHER";
}
