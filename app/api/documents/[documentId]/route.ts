// GET /api/documents/<documentId>: the file of a document, for its family and for staff
// who may read that family's documents. The checks live in lib/documents.
import { getCurrentUser } from "@/lib/auth/current-user";
import { documentDownloadResponse } from "@/lib/documents/document-download-response";

export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const { documentId } = await params;
  return documentDownloadResponse(await getCurrentUser(), documentId);
}
