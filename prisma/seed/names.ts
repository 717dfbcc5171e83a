// Names and addresses for demo data, in Cyrillic as they appear in Kazakhstani
// documents: "Surname Firstname Patronymic". Kazakh patronymics come in the Russified
// form (Нурланович / Нурлановна) or the Kazakh one (Нурланұлы / Нурланқызы).
import type { District } from "@/prisma/generated/enums";
import type { Random } from "./random";

export type Sex = "male" | "female";
export type Ethnicity = "kazakh" | "russian";

/** A male first name with the patronymics it gives to a son and a daughter (Russian form). */
interface MaleName {
  name: string;
  sonPatronymic: string;
  daughterPatronymic: string;
}

/** Russified patronymics for names ending in a consonant or -й (Абылай → Абылаевич). */
function regular(name: string): MaleName {
  const stem = name.endsWith("й") ? `${name.slice(0, -1)}е` : `${name}о`;
  return { name, sonPatronymic: `${stem}вич`, daughterPatronymic: `${stem}вна` };
}

const KAZAKH_MALE: readonly MaleName[] = [
  "Нурлан", "Ерлан", "Асхат", "Бауыржан", "Данияр", "Ержан", "Айдос", "Арман", "Асылбек", "Мурат",
  "Серик", "Канат", "Талгат", "Жандос", "Ерболат", "Нуржан", "Азамат", "Руслан", "Тимур", "Даурен",
  "Марат", "Бекзат", "Ернар", "Диас", "Алихан", "Нурсултан", "Алмас", "Жанибек", "Санжар", "Ильяс",
  "Арсен", "Айбек", "Елдос", "Бакытжан", "Максат", "Дамир", "Ермек", "Аслан", "Олжас", "Мирас",
  "Ерасыл", "Абылай", "Нурислам", "Адильхан", "Темирлан", "Рустем", "Галым", "Жасулан", "Берик", "Ерик",
].map(regular);

const KAZAKH_FEMALE: readonly string[] = [
  "Айгерим", "Динара", "Гульнара", "Жанар", "Асель", "Айжан", "Мадина", "Салтанат", "Камила", "Дана",
  "Аружан", "Айым", "Томирис", "Жансая", "Сабина", "Амина", "Алия", "Гульмира", "Сауле", "Назерке",
  "Айнур", "Дильназ", "Меруерт", "Балжан", "Акмарал", "Карлыгаш", "Жибек", "Айсулу", "Малика", "Анель",
  "Инкар", "Алтынай", "Ботагоз", "Жулдыз", "Гаухар", "Райхан", "Самал", "Ляззат", "Асем", "Арайлым",
];

const RUSSIAN_MALE: readonly MaleName[] = [
  regular("Александр"), regular("Максим"), regular("Иван"), regular("Михаил"), regular("Владимир"),
  regular("Денис"), regular("Павел"), regular("Роман"), regular("Игорь"), regular("Олег"),
  regular("Виктор"), regular("Антон"), regular("Константин"), regular("Кирилл"), regular("Егор"),
  regular("Вадим"), regular("Глеб"), regular("Богдан"), regular("Станислав"), regular("Руслан"),
  regular("Сергей"), regular("Андрей"), regular("Алексей"), regular("Николай"), regular("Матвей"),
  { name: "Артём", sonPatronymic: "Артёмович", daughterPatronymic: "Артёмовна" },
  { name: "Дмитрий", sonPatronymic: "Дмитриевич", daughterPatronymic: "Дмитриевна" },
  { name: "Евгений", sonPatronymic: "Евгеньевич", daughterPatronymic: "Евгеньевна" },
  { name: "Юрий", sonPatronymic: "Юрьевич", daughterPatronymic: "Юрьевна" },
  { name: "Илья", sonPatronymic: "Ильич", daughterPatronymic: "Ильинична" },
  { name: "Никита", sonPatronymic: "Никитич", daughterPatronymic: "Никитична" },
];

const RUSSIAN_FEMALE: readonly string[] = [
  "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария", "Екатерина", "Юлия",
  "Анастасия", "Марина", "Виктория", "Дарья", "Ксения", "Алина", "Полина", "София", "Валентина", "Людмила",
  "Оксана", "Вера", "Галина", "Надежда", "Евгения", "Вероника", "Кристина", "Елизавета", "Алёна", "Ульяна",
];

/** Surnames in their male form; `feminineSurname` derives the female one. */
const KAZAKH_SURNAMES: readonly string[] = [
  "Ахметов", "Жумабаев", "Сулейменов", "Нурланов", "Абдрахманов", "Искаков", "Касымов", "Омаров", "Тулегенов", "Байжанов",
  "Есенов", "Мухамеджанов", "Садыков", "Кенжебаев", "Турсунов", "Бекмуханов", "Жаксылыков", "Исмаилов", "Калиев", "Кусаинов",
  "Оспанов", "Рахимов", "Смагулов", "Токтаров", "Утепов", "Шарипов", "Ержанов", "Амиров", "Серикбаев", "Абенов",
  "Даулетов", "Жунусов", "Карабаев", "Мамытов", "Нургалиев", "Аубакиров", "Бектуров", "Ибраев", "Кожахметов", "Муканов",
  "Сагинтаев", "Байтурсынов", "Жаксыбеков", "Сейткали", "Жумагали", "Толеуов", "Ермеков", "Кайратов", "Маратов", "Айтбаев",
];

const RUSSIAN_SURNAMES: readonly string[] = [
  "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
  "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
  "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
  "Романов", "Воробьёв", "Кузьмин", "Фролов", "Ильин", "Сорокин", "Медведев", "Тарасов", "Беляев", "Богданов",
  "Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Покровский", "Белецкий",
];

/** The female form of a surname: Ахметов → Ахметова, Ильин → Ильина, Покровский → Покровская. */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname; // Шевченко, Сейткали: the same for both sexes
}

export function surnameFor(maleSurname: string, sex: Sex): string {
  return sex === "female" ? feminineSurname(maleSurname) : maleSurname;
}

export interface PersonName {
  surname: string;
  firstName: string;
  patronymic: string | null;
}

export function formatFullName(name: PersonName): string {
  return [name.surname, name.firstName, name.patronymic].filter(Boolean).join(" ");
}

/** How a family names its children: surname line, father's name and patronymic style. */
export interface FamilyNaming {
  ethnicity: Ethnicity;
  /** Male form of the surname the children carry. */
  maleSurname: string;
  /** The father's first name, from which children's patronymics come. */
  father: MaleName;
  /** Kazakh families may use -ұлы/-қызы instead of -ович/-овна. */
  usesKazakhPatronymic: boolean;
}

export function pickFamilyNaming(random: Random): FamilyNaming {
  const ethnicity: Ethnicity = random.chance(0.7) ? "kazakh" : "russian";
  return {
    ethnicity,
    maleSurname: random.pick(ethnicity === "kazakh" ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES),
    father: random.pick(ethnicity === "kazakh" ? KAZAKH_MALE : RUSSIAN_MALE),
    usesKazakhPatronymic: ethnicity === "kazakh" && random.chance(0.4),
  };
}

export function patronymicOf(father: MaleName, sex: Sex, kazakhStyle: boolean): string {
  if (kazakhStyle) return `${father.name}${sex === "female" ? "қызы" : "ұлы"}`;
  return sex === "female" ? father.daughterPatronymic : father.sonPatronymic;
}

export function pickFirstName(random: Random, ethnicity: Ethnicity, sex: Sex): string {
  if (ethnicity === "kazakh") return sex === "male" ? random.pick(KAZAKH_MALE).name : random.pick(KAZAKH_FEMALE);
  return sex === "male" ? random.pick(RUSSIAN_MALE).name : random.pick(RUSSIAN_FEMALE);
}

/** A child of the family: the family's surname and a patronymic from the father. */
export function childName(random: Random, naming: FamilyNaming, sex: Sex): PersonName {
  return {
    surname: surnameFor(naming.maleSurname, sex),
    firstName: pickFirstName(random, naming.ethnicity, sex),
    patronymic: patronymicOf(naming.father, sex, naming.usesKazakhPatronymic),
  };
}

/** The father of the family, with a patronymic from his own (random) father. */
export function fatherName(random: Random, naming: FamilyNaming): PersonName {
  const grandfather = random.pick(naming.ethnicity === "kazakh" ? KAZAKH_MALE : RUSSIAN_MALE);
  return {
    surname: naming.maleSurname,
    firstName: naming.father.name,
    patronymic: patronymicOf(grandfather, "male", naming.usesKazakhPatronymic),
  };
}

/** A mother: she takes her husband's surname or keeps her maiden name (more often in Kazakh families). */
export function motherName(random: Random, naming: FamilyNaming): PersonName {
  const ownEthnicity: Ethnicity = random.chance(0.9) ? naming.ethnicity : naming.ethnicity === "kazakh" ? "russian" : "kazakh";
  const keepsMaidenName = random.chance(naming.ethnicity === "kazakh" ? 0.4 : 0.1);
  const maidenSurname = random.pick(ownEthnicity === "kazakh" ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES);
  const ownFather = random.pick(ownEthnicity === "kazakh" ? KAZAKH_MALE : RUSSIAN_MALE);
  return {
    surname: feminineSurname(keepsMaidenName ? maidenSurname : naming.maleSurname),
    firstName: pickFirstName(random, ownEthnicity, "female"),
    patronymic: patronymicOf(ownFather, "female", ownEthnicity === "kazakh" && random.chance(0.3)),
  };
}

/** Any adult with a random name (staff, grandparents). */
export function randomPersonName(random: Random, sex: Sex, ethnicity?: Ethnicity): PersonName {
  const own: Ethnicity = ethnicity ?? (random.chance(0.7) ? "kazakh" : "russian");
  const father = random.pick(own === "kazakh" ? KAZAKH_MALE : RUSSIAN_MALE);
  return {
    surname: surnameFor(random.pick(own === "kazakh" ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES), sex),
    firstName: pickFirstName(random, own, sex),
    patronymic: patronymicOf(father, sex, own === "kazakh" && random.chance(0.3)),
  };
}

/** District names as written in Russian-language addresses. */
export const DISTRICT_NAMES_RU: Readonly<Record<District, string>> = {
  ALATAU: "Алатауский район",
  ALMALY: "Алмалинский район",
  AUEZOV: "Ауэзовский район",
  BOSTANDYK: "Бостандыкский район",
  ZHETYSU: "Жетысуский район",
  MEDEU: "Медеуский район",
  NAURYZBAY: "Наурызбайский район",
  TURKSIB: "Турксибский район",
};

/** Streets and microdistricts ("мкр.") of each district. */
const STREETS_BY_DISTRICT: Readonly<Record<District, readonly string[]>> = {
  ALATAU: ["мкр. Шанырак-1", "мкр. Шанырак-2", "мкр. Айгерим-1", "мкр. Айгерим-2", "мкр. Акбулак", "мкр. Саялы", "мкр. Дархан", "улица Рыскулова"],
  ALMALY: ["улица Толе би", "проспект Абылай хана", "улица Казыбек би", "улица Айтеке би", "улица Богенбай батыра", "улица Кабанбай батыра", "улица Желтоксан", "улица Байтурсынова", "улица Шевченко", "улица Курмангазы", "улица Жамбыла", "улица Муканова", "улица Байзакова"],
  AUEZOV: ["мкр. Аксай-1", "мкр. Аксай-2", "мкр. Аксай-3", "мкр. Аксай-4", "мкр. Аксай-5", "мкр. Жетысу-2", "мкр. Жетысу-3", "мкр. Мамыр-4", "мкр. Таугуль", "улица Саина", "улица Жубанова", "проспект Абая"],
  BOSTANDYK: ["проспект Аль-Фараби", "улица Тимирязева", "улица Жандосова", "улица Сатпаева", "улица Розыбакиева", "мкр. Орбита-1", "мкр. Орбита-3", "мкр. Коктем-1", "мкр. Коктем-2", "мкр. Алмагуль", "улица Навои", "улица Манаса"],
  ZHETYSU: ["мкр. Айнабулак-2", "мкр. Айнабулак-3", "мкр. Кулагер", "мкр. Жулдыз-1", "мкр. Жулдыз-2", "проспект Рыскулова", "улица Бекмаханова", "улица Северное кольцо"],
  MEDEU: ["проспект Достык", "улица Кунаева", "улица Зенкова", "улица Пушкина", "мкр. Самал-2", "мкр. Самал-3", "улица Кажымукана", "улица Жибек Жолы"],
  NAURYZBAY: ["мкр. Калкаман", "мкр. Шугыла", "мкр. Таусамалы", "мкр. Акжар", "мкр. Каргалы", "улица Кенесары хана"],
  TURKSIB: ["проспект Суюнбая", "улица Майлина", "улица Хмельницкого", "мкр. Жас Канат", "мкр. Кайрат", "улица Бекмаханова", "улица Ратушного"],
};

/** "г. Алматы, Алмалинский район, улица Толе би, д. 123, кв. 45" (private houses have no flat). */
export function randomAddress(random: Random, district: District): string {
  const street = random.pick(STREETS_BY_DISTRICT[district]);
  const isMicrodistrict = street.startsWith("мкр.");
  const house = isMicrodistrict ? random.int(1, 60) : random.int(1, 320);
  const flat = random.chance(0.85) ? `, кв. ${random.int(1, isMicrodistrict ? 96 : 180)}` : "";
  return `г. Алматы, ${DISTRICT_NAMES_RU[district]}, ${street}, д. ${house}${flat}`;
}
