// Where the cluster's parts listen (from E2E_PORT unless set), and requests sent from a chosen loopback address.
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";

const base = Number(process.env.E2E_PORT ?? 3210);
export const CLUSTER = {
  dir: path.resolve(process.env.CLUSTER_DIR ?? ".cluster-e2e"),
  nginxPort: Number(process.env.CLUSTER_PORT ?? base + 1),
  appPorts: (process.env.CLUSTER_APP_PORTS ?? `${base + 2} ${base + 3}`).split(" ").map(Number),
  pgPort: Number(process.env.PG_PORT ?? 5545),
  redisPort: Number(process.env.REDIS_PORT ?? 6380),
};
export const NGINX = `http://127.0.0.1:${CLUSTER.nginxPort}`;
const instances = CLUSTER.appPorts.map((port) => `http://127.0.0.1:${port}`);
export const A = instances[0]!;
export const B = instances[1]!;
export const DATABASE_URL = `postgres://postgres@127.0.0.1:${CLUSTER.pgPort}/meridian`;

/** The process id of the instance listening on `url`'s port (scripts/cluster.sh keeps one pid file each). */
export function instancePid(url: string): number {
  return Number(readFileSync(path.join(CLUSTER.dir, `app-${new URL(url).port}.pid`), "utf8"));
}

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One HTTP request sent from `from` (an address in 127.0.0.0/8), so nginx forwards it as that client's. */
export function send(
  url: string,
  {
    from = "127.0.0.1",
    method = "GET",
    headers = {},
    body,
  }: { from?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers, localAddress: from }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** A loopback address of its own for each use: 127.0.0.2 upwards, never the proxy's own 127.0.0.1. */
let next = 2 + (process.pid % 200);
export const newClientAddress = () => `127.0.${Math.floor(next / 250) % 250}.${(next++ % 250) + 2}`;
