// The locker accepts a file by what it is, not by what it is called.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectFileType } from "@/lib/documents/detect-file-type";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/document-limits";
import { attachmentDisposition, sanitizeFileName } from "@/lib/documents/sanitize-file-name";
import { downloadFileName } from "@/lib/documents/download-file-name";
import { checkUploadContent } from "@/lib/documents/upload-document";
import { sampleJpeg } from "./jpeg-sample";
import { oversizedPdf, sampleExe, sampleHtml, samplePdf, samplePng, sampleSvg } from "./samples";

describe("detecting a file's type from its content", () => {
  it("the samples are real images (sharp decodes them)", async () => {
    expect(await sharp(Buffer.from(samplePng())).metadata()).toMatchObject({ format: "png", width: 2, height: 2 });
    expect(await sharp(Buffer.from(await sampleJpeg())).metadata()).toMatchObject({ format: "jpeg", width: 4, height: 4 });
  });

  it("recognises PDF, JPEG and PNG", async () => {
    expect(detectFileType(samplePdf())).toEqual({ mimeType: "application/pdf", extension: ".pdf" });
    expect(detectFileType(await sampleJpeg())).toEqual({ mimeType: "image/jpeg", extension: ".jpg" });
    expect(detectFileType(samplePng())).toEqual({ mimeType: "image/png", extension: ".png" });
  });

  it("refuses a program, an SVG with a script, an HTML page and an empty file", () => {
    expect(detectFileType(sampleExe())).toBeNull();
    expect(detectFileType(sampleSvg())).toBeNull();
    expect(detectFileType(sampleHtml())).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });

  it("needs the whole signature, not a prefix of it", () => {
    expect(detectFileType(new TextEncoder().encode("%PDF"))).toBeNull();
    expect(detectFileType(samplePng().slice(0, 7))).toBeNull();
    expect(detectFileType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    // "%PDF-" somewhere other than at the start is not a PDF.
    expect(detectFileType(new TextEncoder().encode(" %PDF-1.4"))).toBeNull();
  });

  it("names the problem of each refused upload", () => {
    expect(checkUploadContent("", new Uint8Array())).toBe("fileRequired");
    expect(checkUploadContent("empty.pdf", new Uint8Array())).toBe("fileEmpty");
    expect(checkUploadContent("big.pdf", oversizedPdf())).toBe("fileTooLarge");
    expect(checkUploadContent("setup.pdf", sampleExe())).toBe("fileTypeNotAllowed");
    expect(checkUploadContent("picture.png", sampleSvg())).toBe("fileTypeNotAllowed");
    expect(checkUploadContent("page.pdf", sampleHtml())).toBe("fileTypeNotAllowed");
  });

  it("accepts a file of exactly 10 MB", () => {
    const bytes = new Uint8Array(MAX_DOCUMENT_BYTES);
    bytes.set(samplePdf().slice(0, 100));
    expect(checkUploadContent("limit.pdf", bytes)).toMatchObject({ mimeType: "application/pdf" });
  });
});

describe("file names", () => {
  it("keeps only the last part of a path and drops unsafe characters", () => {
    expect(sanitizeFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\Айгерим\\справка.pdf")).toBe("справка.pdf");
    expect(sanitizeFileName("..")).toBe("document");
    expect(sanitizeFileName("")).toBe("document");
    expect(sanitizeFileName("report\u202Efdp.exe")).toBe("reportfdp.exe");
    expect(sanitizeFileName('a"b<c>\n.pdf')).toBe("a_b_c_.pdf");
    expect(Array.from(sanitizeFileName(`${"я".repeat(300)}.pdf`))).toHaveLength(200);
  });

  it("saves a download with the extension of what the file is", () => {
    expect(downloadFileName("scan.png", "application/pdf")).toBe("scan.png.pdf");
    expect(downloadFileName("photo.JPEG", "image/jpeg")).toBe("photo.JPEG");
    expect(downloadFileName("справка.pdf", "application/pdf")).toBe("справка.pdf");
  });

  it("writes Content-Disposition as an attachment with a UTF-8 name and an ASCII fallback", () => {
    expect(attachmentDisposition("справка о доходах.pdf")).toBe(
      `attachment; filename="_______ _ _______.pdf"; filename*=UTF-8''${encodeURIComponent("справка о доходах.pdf")}`,
    );
    expect(attachmentDisposition('x";evil=1.pdf')).toBe(`attachment; filename="x__evil=1.pdf"; filename*=UTF-8''x_%3Bevil%3D1.pdf`);
  });
});
