// Reading a page the way the IIN-exposure crawl needs it: the IINs in a piece of text, the
// React Flight data serialized into the HTML (self.__next_f), what the page actually
// displays, and the same-origin links to follow.
import { isValidIin } from "@/lib/iin";

const TWELVE_DIGITS = /(?<!\d)\d{12}(?!\d)/g;

/** Every 12-digit number in `text` that passes the IIN checksum (a real-looking IIN). */
export function iinsIn(text: string): string[] {
  return [...new Set(text.match(TWELVE_DIGITS) ?? [])].filter(isValidIin);
}

/** The given IINs that occur anywhere in `text`, even inside longer digit runs. */
export function knownIinsIn(text: string, known: Iterable<string>): string[] {
  return [...known].filter((iin) => text.includes(iin));
}

const FLIGHT_CHUNK = /self\.__next_f\.push\(\[\d+,("(?:[^"\\]|\\.)*")\]\)/g;

/** The React Flight payload streamed into the page's scripts, decoded. */
export function flightPayload(html: string): string {
  return [...html.matchAll(FLIGHT_CHUNK)].map((match) => JSON.parse(match[1] ?? '""') as string).join("");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_match, name: string) => ENTITIES[name] ?? "");
}

function withoutCode(html: string): string {
  return html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, " ");
}

/** The text a person reads on the page (no scripts, styles or markup). */
export function visibleText(html: string): string {
  return decodeEntities(withoutCode(html).replace(/<[^>]+>/g, " "));
}

/** The values the page's form fields hold (a form may show a person data to correct). */
export function fieldValues(html: string): string {
  return decodeEntities([...withoutCode(html).matchAll(/\svalue="([^"]*)"/gi)].map((match) => match[1] ?? "").join(" "));
}

/** Same-origin page links of `html` (path and query, without the fragment). */
export function pageLinksIn(html: string): string[] {
  const hrefs = [...html.matchAll(/<a\b[^>]*\shref="([^"]+)"/gi)].map((match) => decodeEntities(match[1] ?? ""));
  return [...new Set(hrefs.filter((href) => href.startsWith("/") && !href.startsWith("//")).map((href) => href.split("#")[0] ?? ""))];
}

/**
 * The shape of a path with its record ids replaced, so the crawl opens a few records of a
 * kind rather than all 300 families' applications.
 */
export function pathShape(pathAndQuery: string): string {
  const [path = ""] = pathAndQuery.split("?");
  return path
    .split("/")
    .map((segment) => (/\d/.test(segment) && (segment.length >= 12 || segment.includes("_")) ? ":id" : segment))
    .join("/");
}
