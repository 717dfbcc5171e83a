// What the submit form posts: the draft's id and nothing else, shaped like an id before any
// query (a NUL byte or other text would reach PostgreSQL and fail as a 500, not a 404).
// Apart from the action (a "use server" file exports only functions) so the reliability
// fuzz suite parses with the very same schema.
import { z } from "zod";
import { recordIdField } from "@/lib/documents/document-id";

export const submitSchema = z.strictObject({ applicationId: recordIdField });
