// Русские сообщения. Набор ключей задаёт en.ts; `satisfies` не даст пропустить ключ.
import type { MessageKey } from "./en";
import type { Template } from "./template";

export const ru = {
  "low_income.passed": (v) =>
    `Доход на члена семьи — ${v.money("perCapitaIncomeTenge")} в месяц (${v.money("totalIncomeTenge")} ÷ ${v.number("members")} чел.), не выше черты бедности ${v.param("povertyLineTenge")}: ${v.param("povertyLinePercent")} от прожиточного минимума ${v.param("subsistenceMinimumTenge")}.`,
  "low_income.failed": (v) =>
    `Доход на члена семьи — ${v.money("perCapitaIncomeTenge")} в месяц (${v.money("totalIncomeTenge")} ÷ ${v.number("members")} чел.), выше черты бедности ${v.param("povertyLineTenge")}: ${v.param("povertyLinePercent")} от прожиточного минимума ${v.param("subsistenceMinimumTenge")}.`,
  "large_family.passed": (v) =>
    `Семья многодетная — учтено детей: ${v.number("countedChildren")}, нужно минимум ${v.param("largeFamilyMinChildren")} (дети младше ${v.yearsGenitive("minorAgeYears")} и студенты очной формы младше ${v.yearsGenitive("studentUnderAgeYears")}; ${v.since("minorAgeYears", "studentUnderAgeYears")}).`,
  "large_family.failed": (v) =>
    `Семья не многодетная — учтено детей: ${v.number("countedChildren")}, нужно минимум ${v.param("largeFamilyMinChildren")} (дети младше ${v.yearsGenitive("minorAgeYears")} и студенты очной формы младше ${v.yearsGenitive("studentUnderAgeYears")}; ${v.since("minorAgeYears", "studentUnderAgeYears")}).`,
  "large_or_incomplete_family.large": (v) =>
    `Семья многодетная — учтено детей: ${v.number("countedChildren")}, нужно минимум ${v.param("largeFamilyMinChildren")}.`,
  "large_or_incomplete_family.incomplete": (v) =>
    `Семья неполная: один родитель и ${v.children("minorChildren")} младше ${v.yearsGenitive("minorAgeYears")} (${v.since("minorAgeYears")}).`,
  "large_or_incomplete_family.failed": (v) =>
    `Семья не многодетная (учтено детей: ${v.number("countedChildren")}, нужно минимум ${v.param("largeFamilyMinChildren")}) и не неполная (ровно один родитель и ребёнок младше ${v.yearsGenitive("minorAgeYears")}; ${v.since("minorAgeYears")}).`,
  "in_housing_queue.passed": () => "Семья состоит в городской очереди на жильё.",
  "in_housing_queue.failed": () => "Семья не состоит в городской очереди на жильё.",
  "owns_no_home.passed": () => "У семьи нет собственного жилья.",
  "owns_no_home.failed": () => "У семьи есть собственное жильё.",
  "owns_no_home.unknown": () => "Семья не указала, есть ли у неё собственное жильё.",
  "apartment_price_within_cap.not_given": (v) =>
    `Цена квартиры не указана; она может быть не выше ${v.param("priceCapTenge")}.`,
  "apartment_price_within_cap.passed": (v) =>
    `Цена квартиры ${v.money("apartmentPriceTenge")} не превышает предел ${v.param("priceCapTenge")}.`,
  "apartment_price_within_cap.failed": (v) =>
    `Цена квартиры ${v.money("apartmentPriceTenge")} превышает предел ${v.param("priceCapTenge")}.`,
  "mortgage_terms.computed": (v) =>
    `Для квартиры за ${v.money("apartmentPriceTenge")}: первоначальный взнос ${v.param("downPaymentPercent")} = ${v.money("downPaymentTenge")}, заём ${v.money("loanTenge")} под ${v.param("annualRatePercent")} годовых на ${v.param("months")}, ежемесячный платёж ${v.money("monthlyPaymentTenge")}.`,
  "mortgage_eligible.passed": () => "Семья имеет право на льготную ипотеку.",
  "mortgage_eligible.failed": () => "Сертификат выдаётся только семьям, имеющим право на льготную ипотеку.",
  "apartment_price_given.failed": () => "Цена квартиры не указана, поэтому первоначальный взнос рассчитать нельзя.",
  "savings_below_down_payment.passed": (v) =>
    `Сбережения ${v.money("savingsTenge")} меньше первоначального взноса ${v.money("downPaymentTenge")}.`,
  "savings_below_down_payment.failed": (v) =>
    `Сбережения ${v.money("savingsTenge")} уже покрывают первоначальный взнос ${v.money("downPaymentTenge")}.`,
  "certificate_amount.computed": (v) =>
    `Сертификат — ${v.money("amountTenge")}: меньшая из сумм ${v.param("certificateTenge")} и первоначального взноса ${v.money("downPaymentTenge")}.`,
  "minor_children_for_subsidy.passed": (v) =>
    `В семье ${v.children("minorChildren")} младше ${v.yearsGenitive("minorAgeYears")} (${v.since("minorAgeYears")}); нужно минимум ${v.param("subsidyMinMinorChildren")}.`,
  "minor_children_for_subsidy.failed": (v) =>
    `В семье ${v.children("minorChildren")} младше ${v.yearsGenitive("minorAgeYears")} (${v.since("minorAgeYears")}); нужно минимум ${v.param("subsidyMinMinorChildren")}.`,
  "caseworker_sets_amount.subsidy": () =>
    "Семья соответствует условиям; размер субсидии определит специалист Управления социального благосостояния.",
  "kindergarten_child.passed": (v) =>
    `${v.text("memberId")}, ${v.years("age")}, — ребёнок № ${v.number("birthOrder")} по старшинству: бесплатный детский сад — для детей от ${v.number("kindergartenMinAgeYears")} до ${v.number("kindergartenMaxAgeYears")} лет включительно, начиная с ребёнка № ${v.number("kindergartenMinBirthOrder")} (${v.since("kindergartenMinAgeYears", "kindergartenMaxAgeYears", "kindergartenMinBirthOrder")}).`,
  "kindergarten_child.too_young": (v) =>
    `${v.text("memberId")}, ${v.years("age")}, ещё не исполнилось ${v.years("kindergartenMinAgeYears")} (${v.since("kindergartenMinAgeYears")}).`,
  "kindergarten_child.too_old": (v) =>
    `${v.text("memberId")}, ${v.years("age")}, — старше ${v.yearsGenitive("kindergartenMaxAgeYears")} (${v.since("kindergartenMaxAgeYears")}).`,
  "kindergarten_child.birth_order": (v) =>
    `${v.text("memberId")} — ребёнок № ${v.number("birthOrder")} по старшинству; бесплатный детский сад — начиная с ребёнка № ${v.number("kindergartenMinBirthOrder")} (${v.since("kindergartenMinBirthOrder")}).`,
  "kindergarten_child.none": () => "В семье не указаны дети.",
  "scholarship_student.school": (v) =>
    `${v.text("memberId")} — школьник-отличник: ${v.param("scholarshipTenge")} в месяц.`,
  "scholarship_student.higher_education": (v) =>
    `${v.text("memberId")} — отличник (${v.education("education")}): ${v.param("scholarshipTenge")} в месяц.`,
  "scholarship_student.not_in_education": (v) =>
    `${v.text("memberId")} отмечен как отличник, но не указано, что учится в школе, колледже или вузе.`,
  "scholarship_student.none": () => "Ни один ребёнок не отмечен как отличник.",
  "utilities_amount.computed": (v) => `Компенсация коммунальных услуг: ${v.param("utilitiesCompensationTenge")} в месяц.`,
  "home_schooled_child_with_disability.passed": (v) =>
    `У ребёнка ${v.text("memberId")} инвалидность, он обучается на дому: ${v.param("reimbursementTenge")} в месяц.`,
  "home_schooled_child_with_disability.not_home_schooled": (v) =>
    `У ребёнка ${v.text("memberId")} инвалидность, но обучение на дому не отмечено.`,
  "home_schooled_child_with_disability.none": () => "Не указаны дети с инвалидностью, обучающиеся на дому.",
  "difficult_life_situation.declared": (v) =>
    `Заявлена трудная жизненная ситуация; сумму определит специалист, не более ${v.param("assistanceCapMci")} × ${v.param("mciTenge")} = ${v.money("maxAmountTenge")}.`,
  "difficult_life_situation.not_declared": () => "Трудная жизненная ситуация не заявлена.",
  "unemployed_working_age_adult.passed": (v) =>
    `${v.text("memberId")}, ${v.years("age")}, — безработный трудоспособного возраста (от ${v.number("workingAgeMinYears")} до ${v.number("workingAgeUnderYears")} лет, не включая; ${v.since("workingAgeMinYears", "workingAgeUnderYears")}).`,
  "unemployed_working_age_adult.none": (v) =>
    `Ни один член семьи не указан как безработный трудоспособного возраста (от ${v.number("workingAgeMinYears")} до ${v.number("workingAgeUnderYears")} лет, не включая; ${v.since("workingAgeMinYears", "workingAgeUnderYears")}).`,
  "open_to_every_family.passed": () =>
    "Центр матерей открыт для каждой семьи: юридические и психологические консультации и реабилитация по принципу одного окна.",
  "large_family_priority.passed": () => "Многодетную семью обслуживают в первую очередь.",
  "large_family_priority.failed": () => "Многодетные семьи обслуживаются в первую очередь; ваша семья — в общем порядке.",

  "hint.low_income": (v) =>
    `Право появится, если общий месячный доход семьи будет не больше ${v.money("maxTotalIncomeTenge")} (${v.number("members")} чел. × ${v.param("povertyLineTenge")}); сейчас он ${v.money("totalIncomeTenge")}.`,
  "hint.large_family": (v) =>
    `Многодетной считается семья, где учтено минимум ${v.param("largeFamilyMinChildren")}: учитываются дети младше ${v.yearsGenitive("minorAgeYears")}, а также дети младше ${v.yearsGenitive("studentUnderAgeYears")}, которые учатся очно, — отметьте их как студентов очной формы.`,
  "hint.in_housing_queue": () => "Встаньте в городскую очередь на жильё (через eGov или акимат района), чтобы получить право.",
  "hint.apartment_price_cap": (v) => `Выберите квартиру ценой не выше ${v.param("priceCapTenge")}.`,
  "hint.mortgage_first": () => "Сертификат станет доступен, когда семья получит право на льготную ипотеку.",
  "hint.apartment_price_given": () => "Укажите цену квартиры, чтобы рассчитать первоначальный взнос и сертификат.",
  "hint.kindergarten_from_date": (v) =>
    `${v.text("memberId")} получит право на бесплатный детский сад ${v.date("fromDate")}.`,
  "hint.scholarship_education": (v) =>
    `Укажите, где учится ${v.text("memberId")} — в школе, колледже или вузе, — чтобы рассчитать стипендию.`,
  "hint.home_schooled": (v) => `Если ${v.text("memberId")} обучается на дому, отметьте это, чтобы получить возмещение.`,
  "hint.difficult_life_situation": () =>
    "Если семья оказалась в трудной жизненной ситуации (например, потеря кормильца), опишите её, чтобы запросить единовременную помощь.",
  "hint.declare_employment": (v) => `Укажите, работает ли ${v.text("memberId")}.`,
} satisfies Record<MessageKey, Template>;
