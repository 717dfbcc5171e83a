// Prisma's schema engine as WebAssembly, driven through the pg driver adapter.
// Why: the Prisma CLI downloads a native engine binary that cannot be fetched here or in
// CI; the same engine ships as WebAssembly on npm (docs/decisions/0002-migrations-without-network.md).
// Node cannot `import` a .wasm file directly, so we instantiate it by hand.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let bindingsPromise: Promise<WasmBindings> | undefined;

async function loadBindings(): Promise<WasmBindings> {
  // Imported by absolute file URL: the package is ESM-only and our scripts may run as CommonJS.
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = (await import(pathToFileURL(bindingsPath).href)) as WasmBindings;
  // The package exports only its JS entry points; the .wasm file sits beside them.
  const wasmPath = join(dirname(bindingsPath), "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

export const EMPTY_FILTER = { externalTables: [], externalEnums: [] };

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * PrismaPg's executeScript splits a migration on every ";" and runs the pieces one by
 * one, which breaks function bodies and string literals and leaves a failed migration
 * half applied. We send the whole script in one simple-protocol query instead: PostgreSQL
 * runs a multi-statement query as one implicit transaction, so a migration applies
 * entirely or not at all — as the native Prisma CLI does.
 */
function wholeScriptAdapterFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg({ connectionString: databaseUrl });
  const sendWholeScript = (adapter: PgAdapter): PgAdapter => {
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => sendWholeScript(await base.connect()),
    connectToShadowDb: async () => sendWholeScript(await base.connectToShadowDb()),
  };
}

/** Opens a schema engine connected to `databaseUrl`; call `engine.free()` when done. */
export async function openSchemaEngine(databaseUrl: string): Promise<SchemaEngine> {
  bindingsPromise ??= loadBindings();
  const bindings = await bindingsPromise;
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapterFactory(databaseUrl));
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  return bindings.SchemaEngine.new({ datamodels: undefined }, log, adapterFactory);
}

/** SQL that takes a database from the `from` datamodel (or nothing) to the `to` datamodel. */
export async function diffDatamodels(
  engine: SchemaEngine,
  from: string | null,
  to: string,
): Promise<string> {
  const result = await engine.diff({
    from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
    script: true,
    exitCode: null,
    filters: EMPTY_FILTER,
  });
  return result.stdout ?? "";
}
