// The member form's field names and choices, without zod, so the browser form can use
// them without shipping the schema.
export const MEMBER_ROLES = ["PARENT", "CHILD", "OTHER"] as const;
export const EDUCATION_LEVELS = ["NONE", "PRESCHOOL", "SCHOOL", "COLLEGE", "UNIVERSITY"] as const;

/** Fields of the member form, in the order the error summary lists them. */
export const MEMBER_FORM_FIELDS = [
  "fullName",
  "iin",
  "birthDate",
  "role",
  "relation",
  "education",
  "fullTimeStudent",
  "excellentStudent",
  "disability",
  "homeSchooled",
  "employed",
  "monthlyIncomeTenge",
] as const;
