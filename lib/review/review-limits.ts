// Kept apart from the zod fields so client forms can import it without bundling zod.
export const REVIEW_TEXT_MAX_LENGTH = 2_000;
/** The family gets at least one working day, and at most this many calendar days, to answer. */
export const RESPOND_BY_MAX_DAYS = 30;
