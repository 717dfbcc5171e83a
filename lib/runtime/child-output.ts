// Where a child process's output goes. By default the terminal; with PORTAL_LOG_FILE set,
// also appended to that file, so a test can read every line the servers wrote (the
// security suite greps it for IINs) without scraping a terminal.
import type { ChildProcess, StdioOptions } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";

let logFile: WriteStream | undefined;

function sharedLogFile(path: string): WriteStream {
  logFile ??= createWriteStream(path, { flags: "a" });
  return logFile;
}

/** The stdio option for spawn(): inherited, or piped when the output is also kept in a file. */
export function childStdio(): StdioOptions {
  return process.env.PORTAL_LOG_FILE ? ["inherit", "pipe", "pipe"] : "inherit";
}

/** Copies a child's piped output to the terminal and to PORTAL_LOG_FILE (no-op when inherited). */
export function keepChildOutput(child: ChildProcess): ChildProcess {
  const path = process.env.PORTAL_LOG_FILE;
  if (!path) return child;
  const file = sharedLogFile(path);
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    file.write(chunk);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    file.write(chunk);
  });
  return child;
}
