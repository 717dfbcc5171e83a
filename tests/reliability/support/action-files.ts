// The project's "use server" files and the actions they export, read from the source, so
// the fuzz registry can be checked against what actually exists.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOTS = ["lib", "app"];
const SOURCE = /\.(ts|tsx)$/;

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : walk(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** A module-level "use server" directive: the file's first statement. */
function isServerActionFile(source: string): boolean {
  const code = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["'];?/.test(code);
}

export function serverActionFiles(projectRoot: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const root of ROOTS) {
    for (const path of walk(join(projectRoot, root))) {
      const source = readFileSync(path, "utf8");
      if (!isServerActionFile(source)) continue;
      const actions = [...source.matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map((match) => match[1] as string);
      files.set(relative(projectRoot, path).split("\\").join("/"), actions);
    }
  }
  return files;
}
