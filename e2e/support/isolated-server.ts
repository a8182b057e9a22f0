// A second production server on a private copy of the build, so a test can change its clock without touching
// the cache of the server every other test uses.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type IsolatedServer = { url: string; stop: () => Promise<void> };

/** `readyPath` is what is polled until the server answers: a page no test is about, by default the front page. */
export async function startIsolatedServer(port: number, env: Record<string, string>, readyPath = "/"): Promise<IsolatedServer> {
  const root = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), "meridian-server-"));
  cpSync(path.join(root, ".next"), path.join(dir, ".next"), {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(root, ".next", "cache")),
  });
  for (const name of ["node_modules", "public", "content", "lib", "package.json", "tsconfig.json", "next.config.ts"]) {
    symlinkSync(path.join(root, name), path.join(dir, name));
  }
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: dir,
    env: { ...process.env, SITE_URL: url, DATA_DIR: path.join(dir, "data"), ...env },
    stdio: "ignore",
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url + readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The isolated server on ${url} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
