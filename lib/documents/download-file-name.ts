// The name a download is saved under: the family's name for it, with the extension of
// what the file really is (a PDF uploaded as "scan" is saved as "scan.pdf", and one kept
// from before uploads refused a contradicting name, "scan.png", as "scan.png.pdf"), so the
// computer opens it with the right program.
import { sanitizeFileName } from "./sanitize-file-name";

const EXTENSIONS: Record<string, readonly string[]> = {
  "application/pdf": [".pdf"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
};

export function downloadFileName(originalName: string, mimeType: string): string {
  const extensions = EXTENSIONS[mimeType] ?? [];
  const name = sanitizeFileName(originalName, `document${extensions[0] ?? ""}`);
  const lower = name.toLowerCase();
  if (extensions.length === 0 || extensions.some((extension) => lower.endsWith(extension))) return name;
  return `${name}${extensions[0]}`;
}
