// The HTTP answer to a document download: the file streamed from disk as an attachment,
// or the same bare 404 for "not yours", "no such document" and "not signed in". Staff
// reviewing an application may ask to view a PNG, JPEG or PDF inline (in the page or the
// browser's PDF viewer); it is still sandboxed, never sniffed and never cached.
import "server-only";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { downloadFileName } from "./download-file-name";
import { findDownloadableDocument } from "./find-downloadable-document";
import { attachmentDisposition } from "./sanitize-file-name";

/** The only types a browser may show inline: ones it renders without running anything. */
const INLINE_TYPES: ReadonlySet<string> = new Set(["application/pdf", "image/png", "image/jpeg"]);

export type DocumentView = "attachment" | "inline";

function notFoundResponse(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

export async function documentDownloadResponse(actor: Actor | null, documentId: string, view: DocumentView = "attachment"): Promise<Response> {
  if (!actor) return notFoundResponse();
  let document;
  try {
    document = await findDownloadableDocument(actor, documentId, { inline: view === "inline" });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) return notFoundResponse();
    throw error;
  }
  let file;
  try {
    file = await open(document.path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    // A row whose file is gone is an operations problem, not the reader's: log it without personal data.
    console.error(`Document ${document.id} has no file on disk`);
    return notFoundResponse();
  }
  const { size } = await file.stat();
  const isInline = view === "inline" && document.isStaffAccess && INLINE_TYPES.has(document.mimeType);
  const fileName = downloadFileName(document.originalName, document.mimeType);
  // The stored type comes from the upload check, but a row written any other way (an import,
  // a restored backup) must still never reach a browser as HTML, SVG or script.
  const contentType = INLINE_TYPES.has(document.mimeType) ? document.mimeType : "application/octet-stream";
  const body = Readable.toWeb(file.createReadStream()) as ReadableStream<Uint8Array>;
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(size),
      "Content-Disposition": attachmentDisposition(fileName, isInline ? "inline" : "attachment"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      // Should a browser still render it, nothing in it may run or load anything. Inline, the
      // bare sandbox (no unique-origin scripts, forms or popups) still lets the browser's
      // own PDF viewer draw the file, which `default-src 'none'` would block.
      "Content-Security-Policy": isInline ? "sandbox" : "default-src 'none'; sandbox",
    },
  });
}
