// Reads the development outbox (lib/notifications/outbox.ts) for the development-only page:
// the latest messages, newest first. Lines that are not a message are skipped.
import "server-only";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { outboxFile } from "./outbox";

const outboxLine = z.object({
  channel: z.enum(["SMS", "EMAIL"]),
  to: z.string(),
  body: z.string(),
  template: z.string(),
  at: z.iso.datetime(),
});

export type OutboxMessage = z.infer<typeof outboxLine>;

export async function readLatestOutboxMessages(limit: number): Promise<OutboxMessage[]> {
  let text: string;
  try {
    text = await readFile(outboxFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const messages: OutboxMessage[] = [];
  const lines = text.split("\n");
  for (let index = lines.length - 1; index >= 0 && messages.length < limit; index -= 1) {
    const line = lines[index]?.trim();
    if (!line) continue;
    try {
      const parsed = outboxLine.safeParse(JSON.parse(line));
      if (parsed.success) messages.push(parsed.data);
    } catch {
      // A line cut short by a crash mid-write: skip it, the rest is still readable.
    }
  }
  return messages;
}
