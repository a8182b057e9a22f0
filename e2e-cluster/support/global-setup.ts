// Starts the cluster with its clock set so that the sample's scheduled article comes due while the suite runs.
import { execFileSync } from "node:child_process";
import { UNPUBLISHED } from "../../e2e/support/sample";
import { CLUSTER, DATABASE_URL } from "./cluster";

/** Seconds from now until the scheduled article's time on the cluster's clock: the cluster's start-up and the tests before it. */
export const SCHEDULE_IN_SECONDS = Number(process.env.CLUSTER_SCHEDULE_IN_SECONDS ?? 30);

export default async function globalSetup() {
  const scheduled = UNPUBLISHED.find((article) => article.status === "published")!;
  const offset = scheduled.publishedAt.getTime() - Date.now() - SCHEDULE_IN_SECONDS * 1000;
  const started = Date.now();
  execFileSync("bash", ["scripts/cluster.sh", "stop"], {
    stdio: "ignore",
    env: { ...process.env, CLUSTER_DIR: CLUSTER.dir },
  });
  execFileSync("bash", ["scripts/cluster.sh", "start"], {
    stdio: "inherit",
    env: {
      ...process.env,
      CLUSTER_DIR: CLUSTER.dir,
      CLUSTER_PORT: String(CLUSTER.nginxPort),
      CLUSTER_APP_PORTS: CLUSTER.appPorts.join(" "),
      PG_PORT: String(CLUSTER.pgPort),
      REDIS_PORT: String(CLUSTER.redisPort),
      MERIDIAN_CLOCK_OFFSET_MS: String(offset),
    },
  });
  console.log(`The cluster started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (Date.now() + offset >= scheduled.publishedAt.getTime()) {
    console.warn(
      "The cluster took longer to start than the scheduled article's lead: it went live before start-up ended.",
    );
  }
  // For the tests (workers inherit this process's environment) and the editor CLI they run.
  process.env.MERIDIAN_CLOCK_OFFSET_MS = String(offset);
  process.env.DATABASE_URL = DATABASE_URL;
}
