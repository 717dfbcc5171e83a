// The environment, validated once by zod (create-t3-app's env.js idea). A bad value
// stops start-up with a message that names the variable; nothing reads process.env
// for these settings anywhere else.
import { z } from "zod";

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), "must be a postgres:// or postgresql:// URL");

const port = z.coerce.number().int().min(1).max(65_535);

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** External PostgreSQL. When unset, the launcher starts the embedded server. */
    DATABASE_URL: postgresUrl.optional(),
    /**
     * The least-privilege role Next.js and the job worker sign in as on an external server;
     * DATABASE_URL then belongs to the tables' owner (migrations, seed, CLI commands).
     * With the embedded server the launcher makes its own (docs/decisions/0006).
     */
    APP_DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** Signs session tokens. Generated into the data folder in development; required in production. */
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** Folder for the embedded database, the development auth secret and uploads. */
    APP_DATA_DIR: z.string().min(1).default(".data"),
    UPLOADS_DIR: z.string().min(1).optional(),
    PORT: port.default(3000),
    /**
     * The portal's public address (https://…), printed in documents such as the QR code of
     * a housing certificate. When unset, the address a request came in on is used, which
     * behind a TLS-terminating proxy may read http://.
     */
    PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).transform((value) => new URL(value).origin).optional(),
    EMBEDDED_PG_PORT: port.default(54329),
    /** Families the demo seed creates on the first start. */
    SEED_FAMILIES: z.coerce.number().int().min(1).max(1_000_000).default(2000),
    STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    CITIZEN_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(8),
    // Absolute: activity slides the limits above, never this one (ASVS session lifetime).
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    /** How long the proxy reuses the anonymous landing page's render (0: render every time). */
    LANDING_TEMPLATE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(5),
  })
  .superRefine((env, context) => {
    if (env.APP_DATABASE_URL && !env.DATABASE_URL) {
      context.addIssue({ code: "custom", path: ["APP_DATABASE_URL"], message: "needs DATABASE_URL too (the owner's URL, for migrations)" });
    }
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      context.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production (32+ random characters)" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment (process.env by default); throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset, as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
}

let cached: Env | undefined;
/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
