// A second production server on a private copy of the build, so a test can change its clock without touching
// the cache of the server every other test uses. It can also be killed and started again on the same data.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type IsolatedServer = {
  url: string;
  /** Its private folder; its SQLite database is in `data/` there. */
  dir: string;
  child: ChildProcess;
  /** What the server wrote to stdout and stderr so far. */
  log: () => string;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals>;
  /** Starts it again on the same folder and data (after a kill, say). */
  restart: () => Promise<IsolatedServer>;
  stop: () => Promise<void>;
};

export type IsolatedServerOptions = {
  /** What is polled until the server answers: a page no test is about, by default the front page. */
  readyPath?: string;
  /** Start on this folder and its data again (after a kill, say) instead of a fresh copy of the build. */
  reuseDir?: string;
};

export async function startIsolatedServer(
  port: number,
  env: Record<string, string>,
  { readyPath = "/", reuseDir }: IsolatedServerOptions = {},
): Promise<IsolatedServer> {
  const root = process.cwd();
  const dir = reuseDir ?? mkdtempSync(path.join(tmpdir(), "meridian-server-"));
  if (!reuseDir) {
    cpSync(path.join(root, ".next"), path.join(dir, ".next"), {
      recursive: true,
      filter: (source) => ![".next/cache", ".next/standalone"].some((skip) => source.startsWith(path.join(root, skip))),
    });
    for (const name of [
      "node_modules",
      "public",
      "content",
      "lib",
      "package.json",
      "tsconfig.json",
      "next.config.ts",
    ]) {
      symlinkSync(path.join(root, name), path.join(dir, name));
    }
  }
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "scripts/start.mjs"), "-p", String(port)], {
    cwd: dir,
    env: { ...process.env, HOSTNAME: "127.0.0.1", SITE_URL: url, DATA_DIR: path.join(dir, "data"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal!)),
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url + readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`The isolated server on ${url} exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`The isolated server on ${url} did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    dir,
    child,
    log: () => output,
    exited,
    restart: () => startIsolatedServer(port, env, { readyPath, reuseDir: dir }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
