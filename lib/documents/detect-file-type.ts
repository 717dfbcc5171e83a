// Which kind of file a family sent, decided from its first bytes (the "magic number"),
// never from its name or the type the browser declared: a renamed program, an SVG or an
// HTML page with a script must not pass as a document a caseworker will open.

export interface DetectedFileType {
  mimeType: "application/pdf" | "image/jpeg" | "image/png";
  /** The extension the server gives the stored file. */
  extension: ".pdf" | ".jpg" | ".png";
}

const SIGNATURES: readonly { bytes: readonly number[]; type: DetectedFileType }[] = [
  // "%PDF-"
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { mimeType: "application/pdf", extension: ".pdf" } },
  { bytes: [0xff, 0xd8, 0xff], type: { mimeType: "image/jpeg", extension: ".jpg" } },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { mimeType: "image/png", extension: ".png" } },
];

function startsWith(content: Uint8Array, signature: readonly number[]): boolean {
  if (content.length < signature.length) return false;
  return signature.every((byte, index) => content[index] === byte);
}

/** The detected type of `content`, or null when it is none of the accepted kinds. */
export function detectFileType(content: Uint8Array): DetectedFileType | null {
  return SIGNATURES.find((signature) => startsWith(content, signature.bytes))?.type ?? null;
}
