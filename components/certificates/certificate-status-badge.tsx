import type { CertificateStatus } from "@/lib/certificates/certificate-status";

// Colour repeats the word, never replaces it; each pair passes WCAG AA contrast.
const TONES: Record<CertificateStatus, string> = {
  VALID: "border-emerald-800 bg-emerald-50 text-emerald-900",
  EXPIRED: "border-amber-800 bg-amber-50 text-amber-900",
  REVOKED: "border-red-700 bg-red-50 text-red-800",
};

export function CertificateStatusBadge({ status, label }: { status: CertificateStatus; label: string }) {
  return <span className={`inline-block rounded border px-2 font-semibold ${TONES[status]}`}>{label}</span>;
}
