// The HTTP answer to a document download: the file streamed from disk as an attachment,
// or the same bare 404 for "not yours", "no such document" and "not signed in".
import "server-only";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { downloadFileName } from "./download-file-name";
import { findDownloadableDocument } from "./find-downloadable-document";
import { attachmentDisposition } from "./sanitize-file-name";

function notFoundResponse(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

export async function documentDownloadResponse(actor: Actor | null, documentId: string): Promise<Response> {
  if (!actor) return notFoundResponse();
  let document;
  try {
    document = await findDownloadableDocument(actor, documentId);
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
  const body = Readable.toWeb(file.createReadStream()) as ReadableStream<Uint8Array>;
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": document.mimeType,
      "Content-Length": String(size),
      "Content-Disposition": attachmentDisposition(downloadFileName(document.originalName, document.mimeType)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      // Should a browser still render it, nothing in it may run or load anything.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
