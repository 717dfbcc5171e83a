// The printed certificate: a real PDF whose text (read back through the embedded fonts'
// Unicode maps) carries the number, amount, dates, holder and masked IIN and the
// verification link, and whose QR code is exactly the symbol of that link.
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CertificateDocument } from "@/lib/certificates/certificate-document";
import { QR_MODULE_SIZE } from "@/lib/certificates/draw-qr-code";
import { findDownloadableCertificate } from "@/lib/certificates/find-downloadable-certificate";
import { renderCertificatePdf } from "@/lib/certificates/render-certificate-pdf";
import { verificationUrl } from "@/lib/certificates/verification-token";
import { db } from "@/lib/db/client";
import { createCertificateHolder, type TestFamily } from "./fixtures";
import { pdfText, squaresOfSide } from "./pdf-reading";

let family: TestFamily;
let certificate: CertificateDocument;
let url: string;

/** The symbol drawn as squares, rebuilt as rows of 0/1 from the squares' positions. */
function drawnMatrix(pdf: Buffer, size: number): number[][] {
  const squares = squaresOfSide(pdf, QR_MODULE_SIZE);
  const left = Math.min(...squares.map((square) => square.x));
  const top = Math.min(...squares.map((square) => square.y));
  const matrix = Array.from({ length: size }, () => Array<number>(size).fill(0));
  for (const square of squares) {
    const row = Math.round((square.y - top) / QR_MODULE_SIZE);
    const column = Math.round((square.x - left) / QR_MODULE_SIZE);
    const line = matrix[row];
    if (!line || column >= size) throw new Error(`square outside the symbol at ${square.x},${square.y}`);
    line[column] = 1;
  }
  return matrix;
}

describe("renderCertificatePdf", () => {
  beforeAll(async () => {
    const holder = await createCertificateHolder("ALMALY", { issuedOn: "2026-03-15", amountTenge: 1_000_000 });
    family = holder.family;
    certificate = await findDownloadableCertificate(family.actor, holder.certificate.id);
    url = verificationUrl("https://bakytty.almaty.kz", certificate.verificationToken);
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  it("is a PDF with the number, amount, dates, holder, masked IIN and the verification link, never the full IIN", async () => {
    const pdf = await renderCertificatePdf(certificate, { verificationUrl: url, compress: false });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    const text = pdfText(pdf);
    expect(text).toContain(`№ ${certificate.number}`);
    expect(text).toContain("1\u00a0000\u00a0000\u00a0₸");
    expect(text).toContain("15.03.2026");
    expect(text).toContain("14.09.2026");
    expect(text).toContain(family.fullName);
    expect(text).toContain(`••••••••${family.iin.slice(-4)}`);
    expect(text).toContain(url);
    expect(text).toContain(certificate.verificationToken);
    // Bilingual: the title and the labels in Kazakh and in Russian.
    expect(text).toContain("ТҰРҒЫН ҮЙ СЕРТИФИКАТЫ");
    expect(text).toContain("ЖИЛИЩНЫЙ СЕРТИФИКАТ");
    expect(text).toContain("Жарамдылық мерзімі");
    expect(text).toContain("Действителен до");
    expect(text).not.toContain(family.iin);
    expect(pdf.toString("latin1")).not.toContain(family.iin);
    // The link is also a clickable annotation, and only DejaVu is embedded (no Helvetica).
    expect(pdf.toString("latin1")).toContain(`/URI (${url})`);
    expect(pdf.toString("latin1")).not.toMatch(/Helvetica/);
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
  });

  it("draws exactly the QR symbol of the verification link", async () => {
    const pdf = await renderCertificatePdf(certificate, { verificationUrl: url, compress: false });
    const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
    const expected = Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, column) => modules.get(row, column)));
    const darkModules = expected.flat().filter((bit) => bit === 1).length;
    expect(squaresOfSide(pdf, QR_MODULE_SIZE)).toHaveLength(darkModules);
    expect(drawnMatrix(pdf, modules.size)).toEqual(expected);
    // A different link would be a different symbol: the comparison above can fail.
    const other = QRCode.create(`${url}x`, { errorCorrectionLevel: "M" }).modules;
    expect(Array.from(other.data)).not.toEqual(Array.from(modules.data));
  });

  it("marks a revoked certificate as revoked, in both languages", async () => {
    const valid = pdfText(await renderCertificatePdf(certificate, { verificationUrl: url, compress: false }));
    expect(valid).not.toContain("АННУЛИРОВАН");
    const revoked = pdfText(
      await renderCertificatePdf({ ...certificate, revokedAt: new Date("2026-05-04T07:00:00Z") }, { verificationUrl: url, compress: false }),
    );
    expect(revoked).toContain("КҮШІ ЖОЙЫЛДЫ / АННУЛИРОВАН");
    expect(revoked).toContain("04.05.2026");
  });

  it("compresses the documents it sends", async () => {
    const compressed = await renderCertificatePdf(certificate, { verificationUrl: url });
    const plain = await renderCertificatePdf(certificate, { verificationUrl: url, compress: false });
    expect(compressed.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(compressed.length).toBeLessThan(plain.length);
    expect(compressed.toString("latin1")).toContain("/FlateDecode");
  });
});
