// Runs `prisma generate` without network access.
// The Prisma CLI downloads a native schema-engine binary on first use, even though
// `generate` never calls it. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
// skips the download (see ../shared/STACK-NOTES.md and docs/decisions/0002-migrations-without-network.md).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let prismaCli;
try {
  prismaCli = require.resolve("prisma/build/index.js");
} catch {
  // Production installs without devDependencies ship a generated client already.
  console.log("prisma CLI not installed; skipping client generation");
  process.exit(0);
}
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";
const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", "prisma/schema.prisma"], {
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
