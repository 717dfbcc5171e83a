// The error pages a person sees when a page or the whole layout fails: translated, offering
// a way back, and showing only the opaque digest, never the error's message. Rendered to
// HTML on the server (the production build is checked by tests/e2e/security/error-disclosure.spec.ts).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import GlobalError from "@/app/global-error";
import en from "@/lib/i18n/messages/en/errors.json";
import kk from "@/lib/i18n/messages/kk/errors.json";
import ru from "@/lib/i18n/messages/ru/errors.json";

// The error boundary reads the locale from the route; outside a router there is none.
const route = vi.hoisted(() => ({ locale: "en" }));
vi.mock("next/navigation", () => ({ useParams: () => ({ locale: route.locale }) }));
const { default: LocaleErrorPage } = await import("@/app/[locale]/error");

const SECRET = "connect ECONNREFUSED 127.0.0.1:54329 at /work/main/lib/db/client.ts:12";

function failure(): Error & { digest: string } {
  return Object.assign(new Error(SECRET), { digest: "1234567890" });
}

const TEXTS = { kk, ru, en } as const;

describe("the page error boundary (app/[locale]/error.tsx)", () => {
  it.each(["kk", "ru", "en"] as const)("in %s: translated title, the digest, try again and a link home, never the message", (locale) => {
    route.locale = locale;
    const html = renderToStaticMarkup(createElement(LocaleErrorPage, { error: failure(), reset: () => {} }));
    const text = TEXTS[locale];
    expect(html, `${locale} title`).toContain(text.errorTitle);
    expect(html, `${locale} digest`).toContain(text.reference.replace("{digest}", "1234567890"));
    expect(html, `${locale} try again`).toContain(text.tryAgain);
    expect(html, `${locale} way back`).toContain(`href="/${locale}">${text.goHome}</a>`);
    expect(html, `${locale} leaks the message`).not.toContain("ECONNREFUSED");
  });

  it("falls back to Kazakh for a locale it does not know", () => {
    route.locale = "de";
    const html = renderToStaticMarkup(createElement(LocaleErrorPage, { error: failure(), reset: () => {} }));
    expect(html).toContain(kk.errorTitle);
    expect(html).toContain(`href="/kk"`);
  });
});

describe("the layout error page (app/global-error.tsx)", () => {
  it("speaks all three languages, links home in each and shows only the digest", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: failure(), reset: () => {} }));
    for (const [locale, text] of Object.entries(TEXTS)) {
      expect(html, `${locale} title`).toContain(text.errorTitle);
      expect(html, `${locale} way back`).toMatch(new RegExp(`<a [^>]*href="/${locale}"[^>]*>${text.goHome}</a>`));
    }
    expect(html, "digest").toContain("1234567890");
    expect(html, "leaks the message").not.toContain("ECONNREFUSED");
    expect(html, "leaks a path").not.toContain("/work/");
  });
});
