// A production server without its signing secret, or with a TRUSTED_PROXIES it cannot read, refuses to start,
// rather than running with guessable sessions or with per-address limits counting the wrong addresses.
import { trustedProxies } from "../http/client-address";
import { MISSING_SECRET_MESSAGE } from "./secret-message";

export function refuseToStartWithoutSecret(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET?.trim()) {
    console.error(`\n${MISSING_SECRET_MESSAGE}\n`);
    process.exit(1);
  }
  try {
    trustedProxies();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
}
