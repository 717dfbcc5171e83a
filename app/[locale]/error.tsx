"use client";

// Shown when a page fails. It reveals nothing internal: no message, no stack, only the
// opaque digest that lets staff find the server-side log entry.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      {error.digest ? <p className="text-sm text-slate-700">{t("reference", { digest: error.digest })}</p> : null}
      <Button type="button" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </div>
  );
}
