// Kept apart from the zod fields so client forms can import it without bundling zod.
export const MESSAGE_MAX_LENGTH = 2_000;
