import { execFileSync } from "node:child_process";
import { CLUSTER } from "./cluster";

export default async function globalTeardown() {
  execFileSync("bash", ["scripts/cluster.sh", "stop"], {
    stdio: "inherit",
    env: { ...process.env, CLUSTER_DIR: CLUSTER.dir },
  });
}
