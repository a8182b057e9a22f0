// Graceful shutdown (a deploy, `docker stop`): on SIGTERM Next's server stops listening, lets the requests in flight
// finish, then calls process.exit; here the database pool is closed just before that exit, which then counts as clean.
import { Server } from "node:http";
import { closeDb } from "./db/connection";

/** Past this, requests still running are abandoned: under Docker's 10 seconds between SIGTERM and SIGKILL. */
export const SHUTDOWN_DEADLINE_MS = 8_000;

/**
 * Node closes a closing server's idle keep-alive connections once, when close() is called; a connection busy then
 * (a proxy's, say) would hold the exit back for the keep-alive timeout after its last response. Close each as it idles.
 */
function closeConnectionsAsTheyIdle(): void {
  const close = Server.prototype.close;
  Server.prototype.close = function (this: Server, ...args: Parameters<Server["close"]>) {
    const timer = setInterval(() => this.closeIdleConnections(), 100);
    this.once("close", () => clearInterval(timer));
    return close.apply(this, args);
  };
}

export function closeDatabaseOnShutdown(): void {
  // Without Next's own signal handling (NEXT_MANUAL_SIG_HANDLE), whoever handles the signal closes the pool.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) return;
  closeConnectionsAsTheyIdle();
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    const exit = process.exit.bind(process);
    let exiting = false;
    const closeThenExit = (code: number) => {
      if (exiting) return;
      exiting = true;
      closeDb().catch((error: unknown) => console.error("Closing the database failed:", error)).finally(() => exit(code));
    };
    // Next exits with 128 + the signal's number once every request has finished; a drained server is a clean stop.
    process.exit = ((code?: number | string | null) => closeThenExit(code === 143 || code === 130 ? 0 : Number(code ?? 0))) as typeof process.exit;
    setTimeout(() => {
      console.error(`${signal}: requests still running after ${SHUTDOWN_DEADLINE_MS} ms; stopping anyway`);
      closeThenExit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
