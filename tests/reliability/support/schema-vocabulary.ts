// What a zod schema knows about its form: the field names of its objects and the enum and
// literal values anywhere inside, read from zod 4's definitions. The fuzzer mixes these
// into random input so that some of it gets past the schema and reaches the data function.
import type { z } from "zod";

interface Definition {
  type?: string;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  [key: string]: unknown;
}

export interface SchemaVocabulary {
  fields: string[];
  values: string[];
}

function definitionOf(schema: unknown): Definition | undefined {
  return (schema as { _zod?: { def?: Definition } } | null)?._zod?.def;
}

/** Child schemas a definition points at (optional/pipe/array/union/default…). */
function childrenOf(definition: Definition): unknown[] {
  const children: unknown[] = [];
  for (const key of ["innerType", "in", "out", "element", "schema", "left", "right"]) if (definition[key]) children.push(definition[key]);
  if (Array.isArray(definition.options)) children.push(...definition.options);
  if (definition.shape) children.push(...Object.values(definition.shape));
  return children;
}

export function schemaVocabulary(schema: z.ZodType): SchemaVocabulary {
  const fields = new Set<string>();
  const values = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    const definition = definitionOf(node);
    if (!definition || seen.has(node)) return;
    seen.add(node);
    if (definition.shape) for (const field of Object.keys(definition.shape)) fields.add(field);
    if (definition.type === "enum" && definition.entries) for (const value of Object.values(definition.entries)) values.add(String(value));
    if (definition.type === "literal" && Array.isArray(definition.values)) for (const value of definition.values) values.add(String(value));
    for (const child of childrenOf(definition)) visit(child);
  };
  visit(schema);
  return { fields: [...fields], values: [...values] };
}
