// Why an application is rejected: the reason codes and the explanation the family reads.
export const REJECTION_EXPLANATIONS = {
  INCOME_ABOVE_POVERTY_LINE: "Среднедушевой доход семьи превышает черту бедности.",
  DOCUMENTS_INCOMPLETE: "Не представлены документы, необходимые для назначения меры поддержки.",
  NOT_IN_HOUSING_QUEUE: "Семья не состоит в очереди нуждающихся в жилье.",
  FEWER_THAN_FOUR_MINOR_CHILDREN: "В семье менее четырёх несовершеннолетних детей.",
  NOT_A_LARGE_FAMILY: "Семья не является многодетной.",
  FIRST_CHILD_NOT_COVERED: "Бесплатный детский сад предоставляется начиная со второго ребёнка.",
  NOT_AN_EXCELLENT_STUDENT: "По справке с места учёбы ребёнок не является отличником.",
  OWNS_HOME: "Семья владеет жильём.",
  NO_UNEMPLOYED_ADULT: "В семье нет безработных взрослых трудоспособного возраста.",
  SITUATION_NOT_CONFIRMED: "Трудная жизненная ситуация не подтверждена документами.",
  HOME_SCHOOLING_NOT_CONFIRMED: "Нет заключения о необходимости обучения ребёнка на дому.",
  PRICE_ABOVE_CAP: "Стоимость квартиры превышает предельную стоимость по программе.",
} as const;
export type RejectionReason = keyof typeof REJECTION_EXPLANATIONS;
