// Fields shared by the family's forms on an application. Messages are keys in the
// `applications` namespace (lib/i18n/messages/<locale>/applications.json, "errors").
import { z } from "zod";
import { MESSAGE_MAX_LENGTH } from "./message-limits";

export const applicationIdField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "notFound");
/** The version the family saw when the page was shown (a hidden field). */
export const versionField = z.coerce.number({ message: "changed" }).int("changed").min(0, "changed");

export function messageField(requiredKey: string) {
  return z
    .string()
    .trim()
    .min(1, requiredKey)
    .max(MESSAGE_MAX_LENGTH, "messageTooLong");
}
