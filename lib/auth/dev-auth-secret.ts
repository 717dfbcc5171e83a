// In development the auth secret is generated once into the data folder, so sessions
// survive restarts and nobody has to invent one; production must set AUTH_SECRET.
import { ensureSecretFile } from "@/lib/runtime/secret-file";

export function ensureDevelopmentAuthSecret(dataDir: string): string {
  return ensureSecretFile(dataDir, "auth-secret", 32);
}
