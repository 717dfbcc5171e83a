// Decides which role Next.js and the job worker sign in as, and gets it ready (docs/decisions/0006):
// - embedded server: the launcher's own role "bakytty_app", with a password kept in the data folder;
// - external server with APP_DATABASE_URL: the operator's role, granted here by the owner
//   (DATABASE_URL); created with the URL's password if it does not exist yet;
// - external server without APP_DATABASE_URL: the owner itself, which the check then reports.
// pg-boss's schema and queues are installed by the owner first in every case.
import { APPLICATION_ROLE, provisionApplicationRole } from "./application-role";
import { ensureApplicationRolePassword, passwordOfUrl, roleOfUrl, urlForRole } from "./application-role-login";
import { findApplicationRoleProblems } from "./application-role-problems";
import { installJobQueue } from "./install-job-queue";

export interface ApplicationLoginOptions {
  /** The owner's URL: migrations, seed, pg-boss's schema. */
  ownerUrl: string;
  isEmbedded: boolean;
  /** APP_DATABASE_URL, for an external server. */
  appUrl?: string;
  /** Where the embedded server's application role password is kept. */
  dataDir: string;
}

export interface ApplicationLogin {
  url: string;
  role: string;
  /** What the role could do beyond the application's needs (findApplicationRoleProblems); empty when least privilege. */
  problems: string[];
}

export async function prepareApplicationLogin(options: ApplicationLoginOptions): Promise<ApplicationLogin> {
  await installJobQueue(options.ownerUrl);
  const url = await provisionedUrl(options);
  return { url, role: roleOfUrl(url), problems: await findApplicationRoleProblems(url) };
}

async function provisionedUrl({ ownerUrl, isEmbedded, appUrl, dataDir }: ApplicationLoginOptions): Promise<string> {
  if (isEmbedded) {
    const password = ensureApplicationRolePassword(dataDir);
    await provisionApplicationRole(ownerUrl, { role: APPLICATION_ROLE, login: { password, mode: "create-or-update" } });
    return urlForRole(ownerUrl, APPLICATION_ROLE, password);
  }
  if (!appUrl) return ownerUrl;
  const password = passwordOfUrl(appUrl);
  await provisionApplicationRole(ownerUrl, {
    role: roleOfUrl(appUrl),
    login: password ? { password, mode: "create-if-missing" } : null,
  });
  return appUrl;
}
