// The figures the landing page shows, read from the parameters in force today: an
// administrator's published change appears here the day it takes effect, never a literal.
import "server-only";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";

export interface ProgrammeAmounts {
  asOf: string;
  povertyLineTenge: number;
  povertyLinePercent: number;
  subsistenceMinimumTenge: number;
  largeFamilyMinChildren: number;
  minorAgeYears: number;
  studentUnderAgeYears: number;
  mortgageDownPaymentPercent: number;
  mortgageAnnualRatePercent: number;
  mortgageTermYears: number;
  mortgagePriceCapTenge: number;
  housingCertificateTenge: number;
  subsidyMinMinorChildren: number;
  kindergartenMinAgeYears: number;
  kindergartenMaxAgeYears: number;
  kindergartenMinBirthOrder: number;
  scholarshipSchoolTenge: number;
  scholarshipHigherEducationTenge: number;
  utilitiesCompensationTenge: number;
  homeSchoolingReimbursementTenge: number;
  oneTimeAssistanceCapMci: number;
  mciTenge: number;
  oneTimeAssistanceCapTenge: number;
  workingAgeMinYears: number;
  /** The last age of working age, inclusive (the parameter is exclusive). */
  workingAgeMaxYears: number;
}

export async function loadProgrammeAmounts(today: string = dateInAlmaty(new Date())): Promise<ProgrammeAmounts> {
  const { byKey, povertyLine } = resolveParameterSet(await loadParameterSet(), today);
  const value = (key: keyof typeof byKey) => byKey[key].value;
  return {
    asOf: today,
    povertyLineTenge: povertyLine.value,
    povertyLinePercent: value("POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM"),
    subsistenceMinimumTenge: value("SUBSISTENCE_MINIMUM_TENGE"),
    largeFamilyMinChildren: value("LARGE_FAMILY_MIN_CHILDREN"),
    minorAgeYears: value("MINOR_AGE_YEARS"),
    studentUnderAgeYears: value("STUDENT_COUNTED_UNDER_AGE_YEARS"),
    mortgageDownPaymentPercent: value("MORTGAGE_DOWN_PAYMENT_PERCENT"),
    mortgageAnnualRatePercent: value("MORTGAGE_ANNUAL_RATE_PERCENT"),
    // The term is kept in months; the programme states it in years. Not always whole years.
    mortgageTermYears: Math.round((value("MORTGAGE_TERM_MONTHS") / 12) * 10) / 10,
    mortgagePriceCapTenge: value("MORTGAGE_PRICE_CAP_TENGE"),
    housingCertificateTenge: value("HOUSING_CERTIFICATE_TENGE"),
    subsidyMinMinorChildren: value("DOWN_PAYMENT_SUBSIDY_MIN_MINOR_CHILDREN"),
    kindergartenMinAgeYears: value("KINDERGARTEN_MIN_AGE_YEARS"),
    kindergartenMaxAgeYears: value("KINDERGARTEN_MAX_AGE_YEARS"),
    kindergartenMinBirthOrder: value("KINDERGARTEN_MIN_BIRTH_ORDER"),
    scholarshipSchoolTenge: value("SCHOLARSHIP_SCHOOL_TENGE"),
    scholarshipHigherEducationTenge: value("SCHOLARSHIP_HIGHER_EDUCATION_TENGE"),
    utilitiesCompensationTenge: value("UTILITIES_COMPENSATION_TENGE"),
    homeSchoolingReimbursementTenge: value("HOME_SCHOOLING_REIMBURSEMENT_TENGE"),
    oneTimeAssistanceCapMci: value("ONE_TIME_ASSISTANCE_CAP_MCI"),
    mciTenge: value("MCI_TENGE"),
    oneTimeAssistanceCapTenge: value("ONE_TIME_ASSISTANCE_CAP_MCI") * value("MCI_TENGE"),
    workingAgeMinYears: value("WORKING_AGE_MIN_YEARS"),
    workingAgeMaxYears: value("WORKING_AGE_UNDER_YEARS") - 1,
  };
}
