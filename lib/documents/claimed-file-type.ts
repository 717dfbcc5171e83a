// What a family's file says it is — its name's extension and the type the browser declared —
// compared with what its bytes are (detect-file-type.ts). The bytes alone decide whether a
// file is acceptable; a claim that contradicts them ("scan.png" holding a PDF, a PDF sent
// as image/png, a PNG named "page.html") is refused too, because a caseworker who expects
// a picture and gets a PDF (which can carry scripts and links) has been misled.
import type { DetectedFileType } from "./detect-file-type";

/** The kinds a name or declared type can claim: an accepted document type, or active content. */
type Claim = DetectedFileType["mimeType"] | "active-content";

const CLAIM_BY_EXTENSION: Readonly<Record<string, Claim>> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  jpe: "image/jpeg",
  jfif: "image/jpeg",
  png: "image/png",
  // Kinds a browser or the desktop would run or render with scripts.
  svg: "active-content",
  svgz: "active-content",
  htm: "active-content",
  html: "active-content",
  xhtml: "active-content",
  xml: "active-content",
  js: "active-content",
  mjs: "active-content",
  hta: "active-content",
  exe: "active-content",
  dll: "active-content",
  com: "active-content",
  scr: "active-content",
  bat: "active-content",
  cmd: "active-content",
  msi: "active-content",
  ps1: "active-content",
  sh: "active-content",
  jar: "active-content",
};

const CLAIM_BY_DECLARED_TYPE: Readonly<Record<string, Claim>> = {
  "application/pdf": "application/pdf",
  "image/jpeg": "image/jpeg",
  // Non-standard names some systems still send for JPEG and PNG.
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/png": "image/png",
  "image/x-png": "image/png",
  "image/svg+xml": "active-content",
  "text/html": "active-content",
  "application/xhtml+xml": "active-content",
  "text/xml": "active-content",
  "application/xml": "active-content",
  "text/javascript": "active-content",
  "application/javascript": "active-content",
  "application/x-msdownload": "active-content",
  "application/x-msdos-program": "active-content",
  "application/x-executable": "active-content",
  "application/x-sh": "active-content",
};

function claimOfName(name: string): Claim | undefined {
  // Windows drops trailing dots and spaces: "scan.png. " opens as a PNG.
  const lastSegment = (name.split(/[\\/]/).pop() ?? "").replace(/[.\s]+$/, "");
  const dot = lastSegment.lastIndexOf(".");
  return dot < 0 ? undefined : CLAIM_BY_EXTENSION[lastSegment.slice(dot + 1).toLowerCase()];
}

function claimOfDeclaredType(declaredType: string | undefined): Claim | undefined {
  const essence = declaredType?.split(";")[0]?.trim().toLowerCase();
  return essence ? CLAIM_BY_DECLARED_TYPE[essence] : undefined;
}

/**
 * True when the name or the declared type says the file is something other than what its
 * bytes are. A name without a known extension, and an empty or generic declared type
 * (application/octet-stream), claim nothing.
 */
export function claimContradictsContent(originalName: string, declaredType: string | undefined, detected: DetectedFileType): boolean {
  return [claimOfName(originalName), claimOfDeclaredType(declaredType)].some((claim) => claim !== undefined && claim !== detected.mimeType);
}
