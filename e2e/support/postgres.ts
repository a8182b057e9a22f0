// A throwaway PostgreSQL cluster of a test's own (so it can be restarted without touching the suite's database),
// and fresh databases in whichever cluster the suite runs on. As root, the server runs as the postgres user.
import { execFileSync } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";

export type Postgres = { url: string; restart: () => void; stop: () => void; start: () => void; destroy: () => void };

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  if (!version) throw new Error("PostgreSQL is not installed (apt-get install postgresql)");
  return path.join(root, version, "bin");
}

export function startPostgres(port: number): Postgres {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), "meridian-pg-test-"));
  mkdirSync(path.join(dir, "sock"));
  const root = process.getuid?.() === 0;
  if (root) {
    const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, "postgres"]).toString()));
    for (const folder of [dir, path.join(dir, "sock")]) chownSync(folder, uid!, gid!);
  }
  const run = (tool: string, ...args: string[]) => {
    const command = [path.join(bin, tool), ...args];
    if (root)
      execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", command.map((part) => `'${part}'`).join(" ")], {
        stdio: "ignore",
      });
    else execFileSync(command[0]!, command.slice(1), { stdio: "ignore" });
  };
  const pgCtl = (...args: string[]) => run("pg_ctl", "-D", `${dir}/data`, "-l", `${dir}/log`, "-w", ...args);
  const options = `-p ${port} -h 127.0.0.1 -k ${dir}/sock`;
  run("initdb", "-D", `${dir}/data`, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
  pgCtl("-o", options, "start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => pgCtl("-m", "fast", "-o", options, "restart"),
    stop: () => pgCtl("-m", "fast", "stop"),
    start: () => pgCtl("-o", options, "start"),
    destroy: () => {
      try {
        pgCtl("-m", "immediate", "stop");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database beside the one at `url` (same server), for a test that must not share tables. */
export async function freshDatabase(url: string, name: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}
