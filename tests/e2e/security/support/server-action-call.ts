// Calls a server action over HTTP exactly as React's client does (captured from Chromium
// with Next 16.4 / React 19.2): POST to a page URL with the `Next-Action: <id>` header and
// a multipart body from encodeReply. Field "0" is the JSON array of the arguments, in which
// a FormData argument appears as "$K1" and its entries are sent as "_1_<name>". Strings
// that start with "$" are escaped as "$$" (React's reference marker).
import { test, type APIRequestContext, type APIResponse } from "@playwright/test";

/** A file field of a FormData argument. */
export interface PostedFile {
  name: string;
  mimeType: string;
  content: Buffer;
}

export type FieldValue = string | PostedFile;

/** Form fields in order; a name may repeat (checkbox lists). */
export type FormFields = ReadonlyArray<readonly [string, FieldValue]>;

export interface ServerActionCall {
  actionId: string;
  /** The page the form lives on, e.g. "/en/staff/applications/<id>" (Next runs the action there). */
  pagePath: string;
  /** Arguments before the FormData: bound arguments, then the previous state of useActionState. */
  args?: readonly unknown[];
  /** The FormData argument (last); omitted for actions that take no FormData. */
  fields?: FormFields;
  /** The Origin header; the page's own origin unless given ("null" for an opaque origin). */
  origin?: string;
  /** Extra headers (e.g. a Cookie for one call). */
  headers?: Record<string, string>;
}

export interface ServerActionAnswer {
  status: number;
  /** Where the action (x-action-redirect) or the proxy (Location) sends the browser, if anywhere. */
  redirectTo: string | null;
  body: string;
  setCookies: string[];
  response: APIResponse;
}

const FORM_DATA_REFERENCE = "$K1";

/** React's JSON encoding of plain values: "$…" strings escaped, undefined as "$undefined". */
function encodeValue(value: unknown): unknown {
  if (value === undefined) return "$undefined";
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encodeValue(inner)]));
  return value;
}

/** The multipart body a browser would post for these arguments. */
export function encodeActionBody(args: readonly unknown[], fields: FormFields | undefined): FormData {
  const body = new FormData();
  if (fields) {
    for (const [name, value] of fields) {
      if (typeof value === "string") body.append(`_1_${name}`, value);
      else body.append(`_1_${name}`, new Blob([new Uint8Array(value.content)], { type: value.mimeType }), value.name);
    }
  }
  const root = args.map(encodeValue);
  if (fields) root.push(FORM_DATA_REFERENCE);
  body.append("0", JSON.stringify(root));
  return body;
}

/** The origin of the portal under test, which a browser on its pages sends as Origin. */
export function portalOrigin(): string {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts sets no baseURL");
  return new URL(baseURL).origin;
}

/** Posts the action and reads the answer without following any redirect. */
export async function callServerAction(request: APIRequestContext, call: ServerActionCall): Promise<ServerActionAnswer> {
  const response = await request.post(call.pagePath, {
    headers: {
      Accept: "text/x-component",
      "Next-Action": call.actionId,
      Origin: call.origin ?? portalOrigin(),
      ...call.headers,
    },
    multipart: encodeActionBody(call.args ?? [], call.fields),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return readActionAnswer(response);
}

/** The parts of an action's HTTP answer the specs judge. */
export async function readActionAnswer(response: APIResponse): Promise<ServerActionAnswer> {
  const actionRedirect = response.headers()["x-action-redirect"];
  const location = response.headers()["location"];
  return {
    status: response.status(),
    // x-action-redirect is "<url>;<push|replace>".
    redirectTo: actionRedirect ? (actionRedirect.split(";")[0] ?? null) : (location ?? null),
    body: await response.text(),
    setCookies: response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value),
    response,
  };
}
