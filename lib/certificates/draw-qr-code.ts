// Draws a QR code into a PDF as vector squares: sharp at any zoom or print resolution,
// no raster image and no image library needed.
import QRCode from "qrcode";

/** Side of one QR module in PDF points (about 1.06 mm: scans from paper with any phone). */
export const QR_MODULE_SIZE = 3;
/** The blank margin a scanner needs around the symbol, in modules (ISO/IEC 18004). */
const QUIET_ZONE_MODULES = 4;

interface PdfCanvas {
  rect(x: number, y: number, w: number, h: number): this;
  fill(color?: string): this;
  save(): this;
  restore(): this;
}

/** The symbol for `text` (error correction M: a scuffed print still reads). */
export function qrMatrix(text: string): { size: number; isDark(row: number, column: number): boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 };
}

/** Side of the drawn symbol with its quiet zone, in points. */
export function qrCodeSide(text: string): number {
  return (qrMatrix(text).size + 2 * QUIET_ZONE_MODULES) * QR_MODULE_SIZE;
}

/** Draws the symbol with its top-left quiet-zone corner at (x, y); returns the side drawn. */
export function drawQrCode(doc: PdfCanvas, text: string, x: number, y: number): number {
  const matrix = qrMatrix(text);
  const side = (matrix.size + 2 * QUIET_ZONE_MODULES) * QR_MODULE_SIZE;
  const origin = { x: x + QUIET_ZONE_MODULES * QR_MODULE_SIZE, y: y + QUIET_ZONE_MODULES * QR_MODULE_SIZE };
  doc.save();
  doc.rect(x, y, side, side).fill("#ffffff");
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.isDark(row, column)) doc.rect(origin.x + column * QR_MODULE_SIZE, origin.y + row * QR_MODULE_SIZE, QR_MODULE_SIZE, QR_MODULE_SIZE);
    }
  }
  doc.fill("#000000");
  doc.restore();
  return side;
}
