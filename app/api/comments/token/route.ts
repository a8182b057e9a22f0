// A fresh signed "form rendered at" stamp for a comment form on a cached page.
import { authSecret } from "@/lib/auth/secret";
import { now } from "@/lib/clock";
import { signRenderToken } from "@/lib/comments/rules";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(
    { token: signRenderToken(now(), authSecret()) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
