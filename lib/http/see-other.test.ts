import { describe, expect, it } from "vitest";
import { seeOther, SITE_BASE } from "./see-other";

describe("a redirect after a form post", () => {
  it("names only the path and query, so the reader stays on the host they used", () => {
    const back = new URL("/editor/comments?state=pending", SITE_BASE);
    back.searchParams.set("done", "approve × 1");
    const response = seeOther(back);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/editor/comments?state=pending&done=approve+%C3%97+1");
    expect(seeOther("/editor").headers.get("location")).toBe("/editor");
  });
});
