// Reads back what an uncompressed pdfkit document draws, without a PDF library: the text
// (decoded through each embedded font's ToUnicode map) and the filled squares of the QR
// code. Only for documents rendered with `compress: false`.

type Objects = Map<number, string>;

function objectsOf(pdf: string): Objects {
  const objects: Objects = new Map();
  for (const match of pdf.matchAll(/(\d+) 0 obj\s*([\s\S]*?)\bendobj/g)) objects.set(Number(match[1]), match[2] ?? "");
  return objects;
}

/** Glyph code → text, from a ToUnicode CMap's `bfrange` entries in pdfkit's array form. */
function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    const start = Number.parseInt(range[1] ?? "0", 16);
    const targets = [...(range[3] ?? "").matchAll(/<([0-9a-f ]+)>/gi)].map((target) =>
      String.fromCharCode(...(target[1] ?? "").trim().split(/\s+/).map((unit) => Number.parseInt(unit, 16))),
    );
    targets.forEach((text, offset) => map.set(start + offset, text));
  }
  return map;
}

/** Font resource name (F1, F2…) → its ToUnicode map. */
function fontMaps(objects: Objects): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>();
  for (const body of objects.values()) {
    const fonts = /\/Font\s*<<([\s\S]*?)>>/.exec(body)?.[1];
    if (!fonts) continue;
    for (const entry of fonts.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(entry[2])) ?? "";
      const cmapId = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      const cmap = cmapId ? objects.get(Number(cmapId)) : undefined;
      if (entry[1] && cmap) maps.set(entry[1], toUnicodeMap(cmap));
    }
  }
  return maps;
}

function contentStreams(objects: Objects): string[] {
  // Page content streams are the ones with text or path operators.
  return [...objects.values()].filter((body) => /stream[\s\S]*(\bTJ\b|\bre\b)[\s\S]*endstream/.test(body) && !/\/ToUnicode|begincmap/.test(body));
}

/** Every run of text the document shows, in drawing order, one string per TJ operator. */
export function pdfTextRuns(pdf: Buffer): string[] {
  const source = pdf.toString("latin1");
  const objects = objectsOf(source);
  const fonts = fontMaps(objects);
  const runs: string[] = [];
  for (const stream of contentStreams(objects)) {
    let current: Map<number, string> | undefined;
    for (const token of stream.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|[\s\d.-])*)\] TJ/gi)) {
      if (token[1]) {
        current = fonts.get(token[1]);
        continue;
      }
      const hexes = [...(token[2] ?? "").matchAll(/<([0-9a-f]*)>/gi)].map((hex) => hex[1] ?? "");
      const text = hexes
        .flatMap((hex) => hex.match(/.{4}/g) ?? [])
        .map((code) => current?.get(Number.parseInt(code, 16)) ?? "\ufffd")
        .join("");
      runs.push(text);
    }
  }
  return runs;
}

/** The document's text as one string, runs separated by newlines. */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).join("\n");
}

/** Top-left corners of every filled square of side `size` drawn with `x y w h re`. */
export function squaresOfSide(pdf: Buffer, size: number): { x: number; y: number }[] {
  const objects = objectsOf(pdf.toString("latin1"));
  const squares: { x: number; y: number }[] = [];
  for (const stream of contentStreams(objects)) {
    for (const match of stream.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)) {
      const [x, y, w, h] = [match[1], match[2], match[3], match[4]].map(Number) as [number, number, number, number];
      if (w === size && h === size) squares.push({ x, y });
    }
  }
  return squares;
}
