// The screener form's text, translated on the server and handed to the client form as
// props: the browser gets the strings it shows, never a message catalogue.
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { MAX_MEMBERS } from "@/lib/screener/screener-values";

export async function loadScreenerText() {
  const t = await getTranslations("screener");
  const common = await getTranslations("common");
  const errors = await getTranslations("errors");
  const rows = Array.from({ length: MAX_MEMBERS }, (_, index) => index + 1);
  return {
    /** Links are plain anchors with the locale: next-intl's Link needs a client provider. */
    locale: await getLocale(),
    summaryTitle: errors("summaryTitle"),
    required: common("required"),
    householdSizeLabel: t("householdSizeLabel"),
    householdSizeHint: t("householdSizeHint"),
    choose: t("choose"),
    continue: t("continue"),
    membersHeading: t("membersHeading"),
    personLabels: rows.map((number) => t("personLabel", { number })),
    removeLabels: rows.map((number) => t("removePerson", { number })),
    roleLabel: t("roleLabel"),
    roles: { parent: t("roles.parent"), child: t("roles.child"), other: t("roles.other") },
    birthDateLabel: t("birthDateLabel"),
    incomeLabel: t("incomeLabel"),
    incomeHint: t("incomeHint"),
    educationLabel: t("educationLabel"),
    educationHint: t("educationHint"),
    education: {
      notSaid: t("education.notSaid"),
      none: t("education.none"),
      preschool: t("education.preschool"),
      school: t("education.school"),
      college: t("education.college"),
      university: t("education.university"),
    },
    flagsLegend: t("flagsLegend"),
    flags: {
      employed: t("employed"),
      fullTimeStudent: t("fullTimeStudent"),
      excellentStudent: t("excellentStudent"),
      disability: t("disability"),
      homeSchooled: t("homeSchooled"),
    },
    addPerson: t("addPerson"),
    incomeHeading: t("incomeHeading"),
    otherIncomeLabel: t("otherIncomeLabel"),
    otherIncomeHint: t("otherIncomeHint"),
    housingHeading: t("housingHeading"),
    housingLegend: t("housingLegend"),
    inHousingQueue: t("inHousingQueue"),
    ownsHome: t("ownsHome"),
    savingsLabel: t("savingsLabel"),
    savingsHint: t("savingsHint"),
    apartmentPriceLabel: t("apartmentPriceLabel"),
    apartmentPriceHint: t("apartmentPriceHint"),
    situationHeading: t("situationHeading"),
    difficultSituation: t("difficultSituation"),
    submit: t("submit"),
    changeAnswers: t("result.changeAnswers"),
    startAgain: t("result.startAgain"),
  };
}

export type ScreenerText = Awaited<ReturnType<typeof loadScreenerText>>;
