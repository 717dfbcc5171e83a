// The translated text of the profile forms, built on the server (the browser gets no
// message catalogue: client forms receive their strings as props).
import "server-only";
import { getTranslations } from "next-intl/server";
import { EDUCATION_LEVELS, MEMBER_ROLES } from "@/lib/families/member-form-fields";
import { District } from "@/prisma/generated/enums";
import type { FamilyAddressFormText } from "./family-address-form";
import type { HousingFormText } from "./housing-form";
import type { MemberFormText } from "./member-form";
import type { OtherIncomeFormText } from "./other-income-form";
import type { SituationFormText } from "./situation-form";

export async function memberFormText(submit: string): Promise<MemberFormText> {
  const t = await getTranslations();
  return {
    summaryTitle: t("errors.summaryTitle"),
    required: t("common.required"),
    fullNameLabel: t("profile.member.fullNameLabel"),
    iinLabel: t("profile.member.iinLabel"),
    iinHint: t("profile.member.iinHint"),
    birthDateLabel: t("profile.member.birthDateLabel"),
    birthDateHint: t("profile.member.birthDateHint"),
    roleLabel: t("profile.member.roleLabel"),
    rolePlaceholder: t("profile.member.rolePlaceholder"),
    roleOptions: MEMBER_ROLES.map((role) => ({ value: role, label: t(`memberRoles.${role}`) })),
    relationLabel: `${t("profile.member.relationLabel")} (${t("profile.optional")})`,
    relationHint: t("profile.member.relationHint"),
    educationLabel: t("profile.member.educationLabel"),
    educationOptions: EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`profile.member.education.${level}`) })),
    circumstancesLegend: t("profile.member.circumstancesLegend"),
    flags: {
      fullTimeStudent: t("profile.member.fullTimeStudent"),
      excellentStudent: t("profile.member.excellentStudent"),
      disability: t("profile.member.disability"),
      homeSchooled: t("profile.member.homeSchooled"),
      employed: t("profile.member.employed"),
    },
    monthlyIncomeLabel: t("profile.member.monthlyIncomeLabel"),
    monthlyIncomeHint: t("profile.member.monthlyIncomeHint"),
    submit,
  };
}

export async function familyAddressFormText(submit: string): Promise<FamilyAddressFormText> {
  const t = await getTranslations();
  return {
    summaryTitle: t("errors.summaryTitle"),
    required: t("common.required"),
    districtLabel: t("profile.address.districtLabel"),
    districtPlaceholder: t("profile.address.districtPlaceholder"),
    districtOptions: Object.values(District).map((district) => ({ value: district, label: t(`districts.${district}`) })),
    addressLabel: t("profile.address.addressLabel"),
    addressHint: t("profile.address.addressHint"),
    submit,
  };
}

export async function otherIncomeFormText(): Promise<OtherIncomeFormText> {
  const t = await getTranslations();
  return { summaryTitle: t("errors.summaryTitle"), label: t("profile.income.label"), hint: t("profile.income.hint"), submit: t("profile.save") };
}

export async function situationFormText(): Promise<SituationFormText> {
  const t = await getTranslations();
  return {
    summaryTitle: t("errors.summaryTitle"),
    label: `${t("profile.situation.label")} (${t("profile.optional")})`,
    hint: t("profile.situation.hint"),
    submit: t("profile.save"),
  };
}

export async function housingFormText(): Promise<HousingFormText> {
  const t = await getTranslations();
  return {
    summaryTitle: t("errors.summaryTitle"),
    inHousingQueue: t("profile.housing.inHousingQueue"),
    ownsHome: t("profile.housing.ownsHome"),
    savingsLabel: t("profile.housing.savingsLabel"),
    savingsHint: t("profile.housing.savingsHint"),
    apartmentPriceLabel: `${t("profile.housing.apartmentPriceLabel")} (${t("profile.optional")})`,
    apartmentPriceHint: t("profile.housing.apartmentPriceHint"),
    submit: t("profile.save"),
  };
}
