// The name a family gave a file is kept only to show it back to them and to staff. It is
// never part of a path; still, it is cleaned so it cannot carry folders, control or
// direction-changing characters, or break a Content-Disposition header.
import { MAX_ORIGINAL_NAME_LENGTH } from "./document-limits";

// C0/C1 controls, and the bidi overrides that make "gpj.exe" read as "exe.jpg".
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED_CHARACTERS = /[<>:"|?*]/g;

/** A display name without any folder part or unsafe character; `fallback` when nothing is left. */
export function sanitizeFileName(name: string, fallback = "document"): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? "";
  const cleaned = lastSegment
    .normalize("NFC")
    .replace(UNSAFE_CHARACTERS, "")
    .replace(RESERVED_CHARACTERS, "_")
    .replace(/\s+/g, " ")
    .trim()
    // A name made only of dots ("..", "...") would read as a folder reference.
    .replace(/^\.+$/, "");
  if (!cleaned) return fallback;
  return Array.from(cleaned).slice(0, MAX_ORIGINAL_NAME_LENGTH).join("");
}

/**
 * A Content-Disposition value (RFC 6266): by default one that makes the browser save the
 * file; an ASCII fallback name and the real name UTF-8 encoded in filename* (RFC 5987).
 */
export function attachmentDisposition(name: string, type: "attachment" | "inline" = "attachment"): string {
  const safe = sanitizeFileName(name);
  const asciiFallback = safe.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;%]/g, "_");
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
