import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The 6-digit consent code of the latest SMS to `phone`, read from the outbox the server writes. */
export function latestConsentCode(phone: string): string {
  const dataDir = process.env.E2E_DATA_DIR ?? process.env.APP_DATA_DIR ?? ".data/e2e";
  const lines = readFileSync(join(dataDir, "outbox", "messages.jsonl"), "utf8").trim().split("\n");
  const messages = lines.map((line) => JSON.parse(line) as { to: string; body: string; template: string });
  const sms = messages.filter((message) => message.to === phone && message.template === "consent.code").at(-1);
  const code = sms ? /\b(\d{6})\b/.exec(sms.body)?.[1] : undefined;
  if (!code) throw new Error(`no consent code for ${phone} in the outbox`);
  return code;
}
