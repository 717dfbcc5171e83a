// The claim button of one queue row: a plain form posting to the server action, so it
// works without JavaScript. The reference is in the button's name for screen readers,
// where a column of identical "Claim" buttons would be ambiguous.
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { claimApplicationAction } from "@/lib/work-queue/actions/claim-application";

export async function ClaimButton({ applicationId, version, reference, returnTo }: { applicationId: string; version: number; reference: string; returnTo: string }) {
  const t = await getTranslations("workQueue");
  return (
    <form action={claimApplicationAction}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button type="submit" variant="secondary" className="whitespace-nowrap">
        {t("claim")}
        <span className="sr-only"> {reference}</span>
      </Button>
    </form>
  );
}
