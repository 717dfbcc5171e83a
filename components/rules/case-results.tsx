// The engine's case tests run against a version: all pass, or the failing ones listed.
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";
import type { CaseRunResult } from "@/lib/rules/run-case-files";

export async function CaseResults({ result }: { result: CaseRunResult }) {
  const t = await getTranslations("rules.draft");
  const failing = result.failures.length;
  return (
    <section aria-labelledby="cases-heading" className="space-y-4">
      <h2 id="cases-heading" className="text-2xl font-bold">
        {t("casesHeading")}
      </h2>
      <p className="max-w-3xl">{t("casesLead")}</p>
      {failing === 0 ? (
        <Alert tone="success" title={t("casesPassed", { total: result.total })} />
      ) : (
        <>
          <Alert tone="error" title={t("casesFailed", { count: failing, total: result.total })} />
          <Table
            caption={t("casesCaption")}
            headers={[t("caseFile"), t("caseName"), t("caseProblem")]}
            rows={result.failures.map((failure) => [
              failure.file,
              failure.name,
              <code key="problem" className="break-all text-sm">
                {failure.problem}
              </code>,
            ])}
          />
        </>
      )}
    </section>
  );
}
