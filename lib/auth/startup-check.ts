// A production server without its signing secret refuses to start, rather than running with guessable sessions.
import { MISSING_SECRET_MESSAGE } from "./secret-message";

export function refuseToStartWithoutSecret(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET?.trim()) {
    console.error(`\n${MISSING_SECRET_MESSAGE}\n`);
    process.exit(1);
  }
}
