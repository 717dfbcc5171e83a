// GET /api/documents/<documentId>: the file of a document, for its family and for staff
// who may read that family's documents. The checks live in lib/documents. Staff may add
// `?view=inline` to see a PNG, JPEG or PDF in the browser instead of saving it.
import { getCurrentUser } from "@/lib/auth/current-user";
import { documentDownloadResponse } from "@/lib/documents/document-download-response";

export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const { documentId } = await params;
  const view = new URL(request.url).searchParams.get("view") === "inline" ? "inline" : "attachment";
  return documentDownloadResponse(await getCurrentUser(), documentId, view);
}
