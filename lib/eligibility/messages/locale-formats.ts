// How each language writes numbers, money, dates, plurals and units. Intl formatters
// are built once per locale: constructing them costs far more than using them.
import type { ParameterUnit } from "../parameters/definitions";
import type { Education, Locale } from "../types";

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface LocaleFormat {
  number(value: number): string;
  money(value: number): string;
  plural(value: number, forms: PluralForms): string;
  years(value: number): string;
  yearsGenitive(value: number): string;
  children(value: number): string;
  people(value: number): string;
  unit(unit: ParameterUnit, value: number): string;
  date(isoDate: string): string;
  /** "from <dates>", each date once, in the form the language uses after the phrase. */
  since(isoDates: readonly string[]): string;
  education(level: Education | null): string;
}

function splitDate(isoDate: string): [number, number, number] {
  return [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))];
}

function buildFormat(
  locale: Locale,
  words: {
    money: (formatted: string) => string;
    years: PluralForms;
    yearsGenitive: PluralForms;
    months: PluralForms;
    children: PluralForms;
    people: PluralForms;
    percent: (formatted: string) => string;
    mci: (formatted: string) => string;
    birthOrder: (formatted: string) => string;
    workingDays: PluralForms;
    /** Month names as they stand alone (nominative), January first. */
    monthNames: readonly string[];
    date: (isoDate: string) => string;
    since: (dates: string[]) => string;
    education: Record<Education | "unknown", string>;
  },
): LocaleFormat {
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const pluralRules = new Intl.PluralRules(locale);
  const number = (value: number) => numberFormat.format(value);
  const plural = (value: number, forms: PluralForms) => `${number(value)} ${forms[pluralRules.select(value)] ?? forms.other}`;
  const format: LocaleFormat = {
    number,
    money: (value) => words.money(number(value)),
    plural,
    years: (value) => plural(value, words.years),
    yearsGenitive: (value) => plural(value, words.yearsGenitive),
    children: (value) => plural(value, words.children),
    people: (value) => plural(value, words.people),
    unit: (unit, value) => {
      switch (unit) {
        case "tenge":
        case "tenge_per_month":
          return words.money(number(value));
        case "percent":
          return words.percent(number(value));
        case "years":
          return plural(value, words.years);
        case "months":
          return plural(value, words.months);
        case "children":
          return plural(value, words.children);
        case "birth_order":
          return words.birthOrder(number(value));
        case "mci":
          return words.mci(number(value));
        case "working_days":
          return plural(value, words.workingDays);
        case "month_of_year":
          return words.monthNames[value - 1] ?? number(value);
      }
    },
    date: words.date,
    since: (isoDates) => words.since([...new Set(isoDates)].sort()),
    education: (level) => words.education[level ?? "unknown"],
  };
  return format;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// Russian dates use the genitive month: «1 января 2026 г.».
const RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
// Kazakh dates: «2026 жылғы 1 қаңтар»; "from" takes the ablative, whose ending follows
// vowel harmony and the last sound of the month's name, so each form is written out.
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const KK_MONTHS_ABLATIVE = ["қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан", "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан"];

function dateWith(months: readonly string[], shape: (day: number, month: string, year: number) => string) {
  return (isoDate: string) => {
    const [year, month, day] = splitDate(isoDate);
    return shape(day, months[month - 1] ?? "", year);
  };
}

const enDate = dateWith(EN_MONTHS, (day, month, year) => `${day} ${month} ${year}`);
const ruDate = dateWith(RU_MONTHS, (day, month, year) => `${day} ${month} ${year} г.`);
const kkDate = dateWith(KK_MONTHS, (day, month, year) => `${year} жылғы ${day} ${month}`);
const kkDateAblative = dateWith(KK_MONTHS_ABLATIVE, (day, month, year) => `${year} жылғы ${day} ${month}`);

export const LOCALE_FORMATS: Readonly<Record<Locale, LocaleFormat>> = {
  en: buildFormat("en", {
    money: (n) => `${n} tenge`,
    years: { one: "year", other: "years" },
    yearsGenitive: { one: "year", other: "years" },
    months: { one: "month", other: "months" },
    children: { one: "child", other: "children" },
    people: { one: "person", other: "people" },
    percent: (n) => `${n}%`,
    mci: (n) => `${n} MCI`,
    birthOrder: (n) => `no. ${n}`,
    workingDays: { one: "working day", other: "working days" },
    monthNames: EN_MONTHS,
    date: enDate,
    since: (dates) => `in force from ${dates.map(enDate).join(", ")}`,
    education: { none: "not studying", preschool: "preschool", school: "school", college: "college", university: "university", unknown: "not stated" },
  }),
  ru: buildFormat("ru", {
    money: (n) => `${n} тенге`,
    years: { one: "год", few: "года", many: "лет", other: "года" },
    // After «младше», «старше»: «младше 18 лет», «младше 21 года».
    yearsGenitive: { one: "года", few: "лет", many: "лет", other: "года" },
    months: { one: "месяц", few: "месяца", many: "месяцев", other: "месяца" },
    children: { one: "ребёнок", few: "ребёнка", many: "детей", other: "ребёнка" },
    people: { one: "человек", few: "человека", many: "человек", other: "человека" },
    percent: (n) => `${n} %`,
    mci: (n) => `${n} МРП`,
    birthOrder: (n) => `№ ${n}`,
    workingDays: { one: "рабочий день", few: "рабочих дня", many: "рабочих дней", other: "рабочего дня" },
    monthNames: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    date: ruDate,
    since: (dates) => `действует с ${dates.map(ruDate).join(", с ")}`,
    education: { none: "не учится", preschool: "дошкольное", school: "школа", college: "колледж", university: "вуз", unknown: "не указано" },
  }),
  // Kazakh nouns after a numeral stay singular: «4 бала», «18 жас».
  kk: buildFormat("kk", {
    money: (n) => `${n} теңге`,
    years: { other: "жас" },
    yearsGenitive: { other: "жас" },
    months: { other: "ай" },
    children: { other: "бала" },
    people: { other: "адам" },
    percent: (n) => `${n}%`,
    mci: (n) => `${n} АЕК`,
    birthOrder: (n) => `${n}-бала`,
    workingDays: { other: "жұмыс күні" },
    monthNames: KK_MONTHS,
    date: kkDate,
    since: (dates) => `${dates.map(kkDateAblative).join(", ")} бастап`,
    education: { none: "оқымайды", preschool: "мектепке дейінгі", school: "мектеп", college: "колледж", university: "университет", unknown: "көрсетілмеген" },
  }),
};
