// Limits of the document locker, shared by the upload check, the form hint and the tests.

/** The largest document a family may upload: 10 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The longest original name kept for display. */
export const MAX_ORIGINAL_NAME_LENGTH = 200;

/** Statuses in which a family may still change which documents go with an application. */
export const ATTACHABLE_STATUSES = ["DRAFT", "INFORMATION_REQUESTED"] as const;

/** The most documents one form may attach to an application at once. */
export const MAX_ATTACHMENTS_PER_REQUEST = 50;
