// The key that signs sessions and preview links. Production must set NEXTAUTH_SECRET; development keeps a
// generated one in the data folder so sessions survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "../data-dir";
import { MISSING_SECRET_MESSAGE } from "./secret-message";

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return (cached = fromEnv);
  if (process.env.NODE_ENV === "production") throw new Error(MISSING_SECRET_MESSAGE);
  const file = path.join(dataDir(), "dev-auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return (cached = readFileSync(file, "utf8").trim());
}
