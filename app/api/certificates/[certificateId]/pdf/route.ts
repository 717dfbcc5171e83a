// GET /api/certificates/<certificateId>/pdf: the printed housing certificate, for the family
// that holds it and staff who may read that family's certificates. The checks live in
// lib/certificates.
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/auth/current-user";
import { certificatePdfResponse } from "@/lib/certificates/certificate-pdf-response";

// Rendered per request from the database; pdfkit needs Node.js.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ certificateId: string }> }): Promise<Response> {
  const { certificateId } = await params;
  // PUBLIC_ORIGIN names the portal's public address; without it, the address this request
  // reached is the one the family and staff use, so the QR code's link points there.
  const origin = env().PUBLIC_ORIGIN ?? new URL(request.url).origin;
  return certificatePdfResponse(await getCurrentUser(), certificateId, origin);
}
