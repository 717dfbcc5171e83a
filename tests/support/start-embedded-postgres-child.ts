// Run as a separate process by the embedded-postgres test: starts the server of a data
// folder that another live process already runs, queries it, "stops" it and prints the answer.
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

async function main() {
  const [dataDir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir: dataDir ?? "", port: Number(port), persistent: true });
  const client = new pg.Client({ connectionString: server.urlFor("keep") });
  await client.connect();
  const rows = (await client.query("SELECT n FROM kept")).rows as { n: number }[];
  await client.end();
  await server.stop();
  console.log(JSON.stringify(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
