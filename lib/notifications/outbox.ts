// Messages that leave the portal (SMS, email) go through a MessageSender. In development
// and tests the sender is the outbox: each message is appended as one JSON line to
// `<APP_DATA_DIR>/outbox/messages.jsonl`, where the development-only outbox page reads it.
// A real provider implements MessageSender and is chosen in senderFor() — nothing else changes.
import "server-only";
import { appendFile, mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { env } from "@/lib/env";

export type MessageChannel = "SMS" | "EMAIL";

export interface OutgoingMessage {
  channel: MessageChannel;
  /** Phone number (+77…) or email address. */
  to: string;
  /** The rendered text, in the recipient's language. */
  body: string;
  /** What the message is about, for tracing without reading the text (e.g. "consent.code"). */
  template: string;
}

export interface MessageSender {
  send(message: OutgoingMessage): Promise<void>;
}

export function outboxFile(): string {
  return join(resolve(env().APP_DATA_DIR), "outbox", "messages.jsonl");
}

/** Writes messages to the data folder instead of sending them. */
export const developmentOutbox: MessageSender = {
  async send(message) {
    const file = outboxFile();
    await mkdir(join(file, ".."), { recursive: true });
    await appendFile(file, `${JSON.stringify({ ...message, at: new Date().toISOString() })}\n`, "utf8");
  },
};

function senderFor(): MessageSender {
  // No SMS or email provider is contracted yet: every environment uses the outbox.
  return developmentOutbox;
}

export function sendMessage(message: OutgoingMessage): Promise<void> {
  return senderFor().send(message);
}
