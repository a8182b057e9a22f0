import { atomResponse, siteScope } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export function GET() {
  return atomResponse(siteScope(), "/atom.xml");
}
