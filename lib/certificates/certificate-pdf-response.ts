// The HTTP answer to a certificate download: the PDF as an attachment, or the same bare
// 404 for "not yours", "no such certificate" and "not signed in".
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { attachmentDisposition } from "@/lib/documents/sanitize-file-name";
import { isAppError } from "@/lib/errors/app-error";
import { findDownloadableCertificate } from "./find-downloadable-certificate";
import { renderCertificatePdf } from "./render-certificate-pdf";
import { verificationUrl } from "./verification-token";

function notFoundResponse(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/** `origin` is the portal's public address, e.g. https://bakytty.almaty.kz, used for the QR code's link. */
export async function certificatePdfResponse(actor: Actor | null, certificateId: string, origin: string): Promise<Response> {
  if (!actor) return notFoundResponse();
  let certificate;
  try {
    certificate = await findDownloadableCertificate(actor, certificateId);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) return notFoundResponse();
    throw error;
  }
  const pdf = await renderCertificatePdf(certificate, { verificationUrl: verificationUrl(origin, certificate.verificationToken) });
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": attachmentDisposition(`${certificate.number}.pdf`),
      "X-Content-Type-Options": "nosniff",
      // It carries the holder's name: never kept by the browser or a shared cache.
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
