// Graceful shutdown: the server (scripts/start.mjs) stops listening on SIGTERM, lets the requests in flight finish,
// then runs the steps registered here before it exits. The list lives on globalThis: the server script is not bundled
// with the app, and Next bundles instrumentation.ts apart from the routes.
import { closeDb } from "./db/connection";

const SHUTDOWN_HOOKS = Symbol.for("meridian.shutdown-hooks"); // scripts/start.mjs reads it

type ShutdownHook = () => Promise<void>;
const registry = globalThis as typeof globalThis & { [SHUTDOWN_HOOKS]?: ShutdownHook[] };

export function onShutdown(hook: ShutdownHook): void {
  (registry[SHUTDOWN_HOOKS] ??= []).push(hook);
}

export function closeDatabaseOnShutdown(): void {
  onShutdown(closeDb);
}
