// Қазақша хабарламалар. Кілттер жиынын en.ts анықтайды; `satisfies` кілтті өткізіп алуға жол бермейді.
import type { MessageKey } from "./en";
import type { Template } from "./template";

export const kk = {
  "low_income.passed": (v) =>
    `Отбасының бір мүшесіне шаққандағы табыс — айына ${v.money("perCapitaIncomeTenge")} (${v.money("totalIncomeTenge")} ÷ ${v.number("members")} адам), бұл кедейлік шегінен (${v.param("povertyLineTenge")}) аспайды; кедейлік шегі ең төменгі күнкөріс деңгейінің (${v.param("subsistenceMinimumTenge")}) ${v.param("povertyLinePercent")} мөлшерінде белгіленген.`,
  "low_income.failed": (v) =>
    `Отбасының бір мүшесіне шаққандағы табыс — айына ${v.money("perCapitaIncomeTenge")} (${v.money("totalIncomeTenge")} ÷ ${v.number("members")} адам), бұл кедейлік шегінен (${v.param("povertyLineTenge")}) жоғары; кедейлік шегі ең төменгі күнкөріс деңгейінің (${v.param("subsistenceMinimumTenge")}) ${v.param("povertyLinePercent")} мөлшерінде белгіленген.`,
  "large_family.passed": (v) =>
    `Отбасы көп балалы: ${v.number("countedChildren")} бала есепке алынды, кемінде ${v.param("largeFamilyMinChildren")} қажет (${v.number("minorAgeYears")} жасқа толмаған балалар және ${v.number("studentUnderAgeYears")} жасқа толмаған күндізгі оқитын студенттер; ${v.since("minorAgeYears", "studentUnderAgeYears")}).`,
  "large_family.failed": (v) =>
    `Отбасы көп балалы емес: ${v.number("countedChildren")} бала есепке алынды, кемінде ${v.param("largeFamilyMinChildren")} қажет (${v.number("minorAgeYears")} жасқа толмаған балалар және ${v.number("studentUnderAgeYears")} жасқа толмаған күндізгі оқитын студенттер; ${v.since("minorAgeYears", "studentUnderAgeYears")}).`,
  "large_or_incomplete_family.large": (v) =>
    `Отбасы көп балалы ретінде сәйкес келеді: ${v.number("countedChildren")} бала есепке алынды, кемінде ${v.param("largeFamilyMinChildren")} қажет.`,
  "large_or_incomplete_family.incomplete": (v) =>
    `Отбасы толық емес отбасы ретінде сәйкес келеді: бір ата-ана және ${v.number("minorAgeYears")} жасқа толмаған ${v.number("minorChildren")} бала (${v.since("minorAgeYears")}).`,
  "large_or_incomplete_family.failed": (v) =>
    `Отбасы көп балалы да (${v.number("countedChildren")} бала есепке алынды, кемінде ${v.param("largeFamilyMinChildren")} қажет), толық емес те (дәл бір ата-ана және ${v.number("minorAgeYears")} жасқа толмаған бала; ${v.since("minorAgeYears")}) болып саналмайды.`,
  "in_housing_queue.passed": () => "Отбасы қалалық тұрғын үй кезегінде тұр.",
  "in_housing_queue.failed": () => "Отбасы қалалық тұрғын үй кезегінде тұрмайды.",
  "owns_no_home.passed": () => "Отбасының меншікті тұрғын үйі жоқ.",
  "owns_no_home.failed": () => "Отбасының меншікті тұрғын үйі бар.",
  "owns_no_home.unknown": () => "Отбасы меншікті тұрғын үйінің бар-жоғын көрсетпеген.",
  "apartment_price_within_cap.not_given": (v) =>
    `Пәтер бағасы көрсетілмеген; бағаның жоғарғы шегі — ${v.param("priceCapTenge")}.`,
  "apartment_price_within_cap.passed": (v) =>
    `Пәтер бағасы (${v.money("apartmentPriceTenge")}) жоғарғы шектен (${v.param("priceCapTenge")}) аспайды.`,
  "apartment_price_within_cap.failed": (v) =>
    `Пәтер бағасы (${v.money("apartmentPriceTenge")}) жоғарғы шектен (${v.param("priceCapTenge")}) асады.`,
  "mortgage_terms.computed": (v) =>
    `Бағасы ${v.money("apartmentPriceTenge")} пәтер үшін: бастапқы жарна ${v.param("downPaymentPercent")} = ${v.money("downPaymentTenge")}, қарыз ${v.money("loanTenge")}, жылдық мөлшерлеме ${v.param("annualRatePercent")}, мерзімі ${v.param("months")}, ай сайынғы төлем ${v.money("monthlyPaymentTenge")}.`,
  "mortgage_eligible.passed": () => "Отбасы жеңілдікті ипотекаға құқылы.",
  "mortgage_eligible.failed": () => "Сертификат тек жеңілдікті ипотекаға құқылы отбасыларға беріледі.",
  "apartment_price_given.failed": () => "Пәтер бағасы көрсетілмегендіктен, бастапқы жарнаны есептеу мүмкін емес.",
  "savings_below_down_payment.passed": (v) =>
    `Жинақ (${v.money("savingsTenge")}) бастапқы жарнадан (${v.money("downPaymentTenge")}) аз.`,
  "savings_below_down_payment.failed": (v) =>
    `Жинақ (${v.money("savingsTenge")}) бастапқы жарнаны (${v.money("downPaymentTenge")}) толық жабады.`,
  "certificate_amount.computed": (v) =>
    `Сертификат сомасы — ${v.money("amountTenge")}: сертификаттың ең жоғары мөлшері (${v.param("certificateTenge")}) мен бастапқы жарнаның (${v.money("downPaymentTenge")}) кішісі.`,
  "minor_children_for_subsidy.passed": (v) =>
    `Отбасында ${v.number("minorAgeYears")} жасқа толмаған ${v.number("minorChildren")} бала бар (${v.since("minorAgeYears")}); кемінде ${v.param("subsidyMinMinorChildren")} қажет.`,
  "minor_children_for_subsidy.failed": (v) =>
    `Отбасында ${v.number("minorAgeYears")} жасқа толмаған ${v.number("minorChildren")} бала бар (${v.since("minorAgeYears")}); кемінде ${v.param("subsidyMinMinorChildren")} қажет.`,
  "caseworker_sets_amount.subsidy": () =>
    "Отбасы шарттарға сәйкес келеді; субсидия мөлшерін Әлеуметтік әл-ауқат басқармасының маманы белгілейді.",
  "kindergarten_child.passed": (v) =>
    `${v.text("memberId")} ${v.number("age")} жаста, туу реті бойынша ${v.number("birthOrder")}-бала: тегін балабақша ${v.number("kindergartenMinAgeYears")}–${v.number("kindergartenMaxAgeYears")} жастағы балаларға ${v.number("kindergartenMinBirthOrder")}-баладан бастап беріледі (${v.since("kindergartenMinAgeYears", "kindergartenMaxAgeYears", "kindergartenMinBirthOrder")}).`,
  "kindergarten_child.too_young": (v) =>
    `${v.text("memberId")} ${v.number("age")} жаста, ${v.number("kindergartenMinAgeYears")} жасқа әлі толмаған (${v.since("kindergartenMinAgeYears")}).`,
  "kindergarten_child.too_old": (v) =>
    `${v.text("memberId")} ${v.number("age")} жаста, ${v.number("kindergartenMaxAgeYears")} жастан асқан (${v.since("kindergartenMaxAgeYears")}).`,
  "kindergarten_child.birth_order": (v) =>
    `${v.text("memberId")} туу реті бойынша ${v.number("birthOrder")}-бала; тегін балабақша ${v.number("kindergartenMinBirthOrder")}-баладан бастап беріледі (${v.since("kindergartenMinBirthOrder")}).`,
  "kindergarten_child.none": () => "Отбасында балалар көрсетілмеген.",
  "scholarship_student.school": (v) => `${v.text("memberId")} — үздік оқушы: айына ${v.param("scholarshipTenge")}.`,
  "scholarship_student.higher_education": (v) =>
    `${v.text("memberId")} — үздік студент (${v.education("education")}): айына ${v.param("scholarshipTenge")}.`,
  "scholarship_student.not_in_education": (v) =>
    `${v.text("memberId")} үздік оқушы ретінде белгіленген, бірақ мектепте, колледжде немесе университетте оқитыны көрсетілмеген.`,
  "scholarship_student.none": () => "Бірде-бір бала үздік оқушы ретінде белгіленбеген.",
  "utilities_amount.computed": (v) => `Коммуналдық қызметтер үшін өтемақы: айына ${v.param("utilitiesCompensationTenge")}.`,
  "home_schooled_child_with_disability.passed": (v) =>
    `${v.text("memberId")} — мүгедектігі бар, үйде оқитын бала: айына ${v.param("reimbursementTenge")}.`,
  "home_schooled_child_with_disability.not_home_schooled": (v) =>
    `${v.text("memberId")} — мүгедектігі бар бала, бірақ үйде оқитыны белгіленбеген.`,
  "home_schooled_child_with_disability.none": () => "Үйде оқитын мүгедектігі бар бала көрсетілмеген.",
  "difficult_life_situation.declared": (v) =>
    `Қиын өмірлік жағдай мәлімделді; соманы маман белгілейді, ең көбі ${v.param("assistanceCapMci")} × ${v.param("mciTenge")} = ${v.money("maxAmountTenge")}.`,
  "difficult_life_situation.not_declared": () => "Қиын өмірлік жағдай мәлімделмеген.",
  "unemployed_working_age_adult.passed": (v) =>
    `${v.text("memberId")} ${v.number("age")} жаста, жұмыссыз және еңбекке қабілетті жаста (${v.number("workingAgeMinYears")} жастан ${v.number("workingAgeUnderYears")} жасқа дейін; ${v.since("workingAgeMinYears", "workingAgeUnderYears")}).`,
  "unemployed_working_age_adult.none": (v) =>
    `Отбасында еңбекке қабілетті жастағы (${v.number("workingAgeMinYears")} жастан ${v.number("workingAgeUnderYears")} жасқа дейін; ${v.since("workingAgeMinYears", "workingAgeUnderYears")}) жұмыссыз ретінде көрсетілген мүше жоқ.`,
  "open_to_every_family.passed": () =>
    "Аналар орталығы әр отбасыға ашық: заң және психологиялық кеңес беру мен оңалту «бір терезе» қағидаты бойынша.",
  "large_family_priority.passed": () => "Көп балалы отбасы ретінде сізге бірінші кезекте қызмет көрсетіледі.",
  "large_family_priority.failed": () =>
    "Көп балалы отбасыларға бірінші кезекте қызмет көрсетіледі; сіздің отбасыңызға — жалпы тәртіппен.",

  "hint.low_income": (v) =>
    `Отбасының жалпы айлық табысы ең көбі ${v.money("maxTotalIncomeTenge")} болса (${v.number("members")} адам × ${v.param("povertyLineTenge")}), құқық пайда болады; қазір ол — ${v.money("totalIncomeTenge")}.`,
  "hint.large_family": (v) =>
    `Кемінде ${v.param("largeFamilyMinChildren")} есепке алынса, отбасы көп балалы болып саналады: ${v.number("minorAgeYears")} жасқа толмаған балалар, сондай-ақ күндізгі оқитын ${v.number("studentUnderAgeYears")} жасқа толмаған балалар есептеледі — оларды күндізгі оқу нысанындағы студент ретінде белгілеңіз.`,
  "hint.in_housing_queue": () => "Құқық алу үшін қалалық тұрғын үй кезегіне тұрыңыз (eGov арқылы немесе аудан әкімдігінде).",
  "hint.apartment_price_cap": (v) => `Бағасы жоғарғы шектен (${v.param("priceCapTenge")}) аспайтын пәтер таңдаңыз.`,
  "hint.mortgage_first": () => "Отбасы жеңілдікті ипотекаға құқық алғанда, сертификат қолжетімді болады.",
  "hint.apartment_price_given": () => "Бастапқы жарна мен сертификатты есептеу үшін пәтер бағасын енгізіңіз.",
  "hint.kindergarten_from_date": (v) => `${v.text("memberId")} ${v.date("fromDate")} күні тегін балабақшаға құқық алады.`,
  "hint.scholarship_education": (v) =>
    `Стипендияны есептеу үшін ${v.text("memberId")} қайда оқитынын көрсетіңіз: мектепте, колледжде немесе университетте.`,
  "hint.home_schooled": (v) => `Егер ${v.text("memberId")} үйде оқыса, өтемақы алу үшін мұны белгілеңіз.`,
  "hint.difficult_life_situation": () =>
    "Егер отбасы қиын өмірлік жағдайға тап болса (мысалы, асыраушысынан айырылса), біржолғы көмек сұрау үшін оны сипаттаңыз.",
  "hint.declare_employment": (v) => `Көрсетіңіз: ${v.text("memberId")} жұмыс істей ме?`,
} satisfies Record<MessageKey, Template>;
