// The printed housing certificate: one A4 page in Kazakh and Russian (official documents
// in Kazakhstan carry both), with a QR code to the public verification page.
//
// Fonts: DejaVu Sans is embedded (subset) because it has every Kazakh Cyrillic letter and
// the tenge sign. It is also passed as the document's default font, so pdfkit never loads
// its built-in Helvetica (whose metrics files do not survive server bundling).
import path from "node:path";
import PDFDocument from "pdfkit";
import { messagesFor } from "@/lib/i18n/messages";
import type { CertificateDocument } from "./certificate-document";
import { drawQrCode, qrCodeSide } from "./draw-qr-code";
import { formatCivilDateForPrint, formatInstantForPrint, formatTengeForPrint } from "./print-format";

const FONT_DIRECTORY = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = "DejaVuSans";
const BOLD = "DejaVuSans-Bold";

const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const LABEL_WIDTH = 170;
const VALUE_X = PAGE.margin + LABEL_WIDTH + 12;
const VALUE_WIDTH = PAGE.width - PAGE.margin - VALUE_X;
const COLOR = { text: "#111827", muted: "#4b5563", rule: "#9ca3af", accent: "#065f46", revoked: "#b91c1c" } as const;

export interface RenderCertificateOptions {
  /** Absolute link to the public verification page (`<origin>/verify/<token>`), put in the QR code and printed. */
  verificationUrl: string;
  /** Tests read the page's drawing operators; real documents are compressed. */
  compress?: boolean;
}

type Doc = PDFKit.PDFDocument;

function pdfText() {
  return { kk: messagesFor("kk").certificates.pdf, ru: messagesFor("ru").certificates.pdf };
}

function centered(doc: Doc, text: string, font: string, size: number, color: string = COLOR.text): void {
  doc.font(font).fontSize(size).fillColor(color).text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH, align: "center" });
}

/** One row of the table: the label in both languages on the left, the value on the right. */
function row(doc: Doc, labels: { kk: string; ru: string }, values: string[], options: { bold?: boolean } = {}): void {
  const top = doc.y;
  doc.font(REGULAR).fontSize(9).fillColor(COLOR.muted);
  doc.text(labels.kk, PAGE.margin, top, { width: LABEL_WIDTH });
  doc.text(labels.ru, PAGE.margin, doc.y, { width: LABEL_WIDTH });
  const labelBottom = doc.y;
  doc.font(options.bold ? BOLD : REGULAR).fontSize(options.bold ? 14 : 12).fillColor(COLOR.text);
  doc.text(values[0] ?? "", VALUE_X, top, { width: VALUE_WIDTH });
  for (const value of values.slice(1)) doc.text(value, VALUE_X, doc.y, { width: VALUE_WIDTH });
  const bottom = Math.max(labelBottom, doc.y) + 6;
  doc.moveTo(PAGE.margin, bottom).lineTo(PAGE.width - PAGE.margin, bottom).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  doc.y = bottom + 6;
}

function revokedBanner(doc: Doc, revokedAt: Date, text: ReturnType<typeof pdfText>): void {
  const top = doc.y;
  const height = 52;
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, height).lineWidth(2).strokeColor(COLOR.revoked).stroke();
  doc.y = top + 8;
  centered(doc, `${text.kk.revoked} / ${text.ru.revoked}`, BOLD, 16, COLOR.revoked);
  centered(doc, `${text.kk.revokedOn} / ${text.ru.revokedOn}: ${formatInstantForPrint(revokedAt)}`, REGULAR, 10, COLOR.revoked);
  doc.y = top + height + 12;
}

function verificationBlock(doc: Doc, certificate: CertificateDocument, url: string, text: ReturnType<typeof pdfText>): void {
  const side = qrCodeSide(url);
  // Kept at the foot of the page, where banks look for it, unless the table reached lower.
  const top = Math.max(doc.y + 12, PAGE.height - PAGE.margin - side);
  const x = Math.round(PAGE.margin);
  drawQrCode(doc, url, x, Math.round(top));
  const textX = x + side + 16;
  const textWidth = PAGE.width - PAGE.margin - textX;
  doc.font(BOLD).fontSize(11).fillColor(COLOR.text);
  doc.text(text.kk.verifyHeading, textX, top + 12, { width: textWidth });
  doc.text(text.ru.verifyHeading, textX, doc.y, { width: textWidth });
  doc.font(REGULAR).fontSize(9).fillColor(COLOR.muted).moveDown(0.4);
  doc.text(text.kk.verifyText, textX, doc.y, { width: textWidth });
  doc.text(text.ru.verifyText, textX, doc.y, { width: textWidth });
  doc.font(REGULAR).fontSize(10).fillColor(COLOR.accent).moveDown(0.3);
  doc.text(url, textX, doc.y, { width: textWidth, link: url, underline: true });
  doc.font(REGULAR).fontSize(9).fillColor(COLOR.muted).moveDown(0.4);
  doc.text(`${text.kk.code} / ${text.ru.code}:`, textX, doc.y, { width: textWidth });
  doc.font(BOLD).fontSize(12).fillColor(COLOR.text);
  doc.text(certificate.verificationToken, textX, doc.y, { width: textWidth, characterSpacing: 0.5 });
}

/** The certificate as PDF bytes. */
export async function renderCertificatePdf(certificate: CertificateDocument, options: RenderCertificateOptions): Promise<Buffer> {
  const text = pdfText();
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    compress: options.compress ?? true,
    font: path.join(FONT_DIRECTORY, "DejaVuSans.ttf"),
    lang: "kk-KZ",
    displayTitle: true,
    info: {
      Title: `${text.kk.heading} / ${text.ru.heading} ${certificate.number}`,
      Author: text.ru.issuer,
      // The issue date, not the download time: the same certificate gives the same document.
      CreationDate: certificate.issuedAt,
    },
  });
  doc.registerFont(REGULAR, path.join(FONT_DIRECTORY, "DejaVuSans.ttf"));
  doc.registerFont(BOLD, path.join(FONT_DIRECTORY, "DejaVuSans-Bold.ttf"));

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.y = PAGE.margin;
  centered(doc, text.kk.issuer, REGULAR, 10, COLOR.muted);
  centered(doc, text.ru.issuer, REGULAR, 10, COLOR.muted);
  doc.moveDown(1.2);
  centered(doc, text.kk.heading, BOLD, 22, COLOR.accent);
  centered(doc, text.ru.heading, BOLD, 17, COLOR.accent);
  doc.moveDown(0.4);
  centered(doc, `№ ${certificate.number}`, BOLD, 16);
  doc.moveDown(1);
  if (certificate.revokedAt) revokedBanner(doc, certificate.revokedAt, text);

  const both = (key: keyof typeof text.kk) => ({ kk: text.kk[key], ru: text.ru[key] });
  row(doc, both("number"), [certificate.number]);
  row(doc, both("holder"), [certificate.holderName]);
  row(doc, both("iin"), [certificate.holderIinMasked]);
  row(doc, both("amount"), [formatTengeForPrint(certificate.amountTenge)], { bold: true });
  row(doc, both("purpose"), [text.kk.purposeValue, text.ru.purposeValue]);
  row(doc, both("issuedOn"), [formatInstantForPrint(certificate.issuedAt)]);
  row(doc, both("validUntil"), [formatCivilDateForPrint(certificate.validUntil)], { bold: true });
  row(doc, both("program"), [text.kk.programValue, text.ru.programValue]);

  verificationBlock(doc, certificate, options.verificationUrl, text);
  doc.end();
  return done;
}
