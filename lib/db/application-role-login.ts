// How the portal signs in as the application role on the embedded server: a password
// generated once into the data folder (beside the development auth secret), so a restart
// reuses the role and its password, and a URL built from the owner's URL.
import { ensureSecretFile } from "@/lib/runtime/secret-file";

const PASSWORD_FILE = "database-app-password";

/** The application role's password in `dataDir`, generated on the first call. */
export function ensureApplicationRolePassword(dataDir: string): string {
  return ensureSecretFile(dataDir, PASSWORD_FILE, 24);
}

/** `databaseUrl` with another user and password (same host, port, database and options). */
export function urlForRole(databaseUrl: string, role: string, password: string): string {
  const url = new URL(databaseUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** The user a postgres:// URL signs in as. */
export function roleOfUrl(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).username);
}

/** The password of a postgres:// URL, or null when it has none (a .pgpass or trust setup). */
export function passwordOfUrl(databaseUrl: string): string | null {
  const password = new URL(databaseUrl).password;
  return password ? decodeURIComponent(password) : null;
}
