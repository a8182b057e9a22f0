import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "./db/connection";
import { checkHealth } from "./health";

afterEach(async () => {
  await closeDb();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("checkHealth", () => {
  it("is ok with the sample content and an SQLite database, and says which", async () => {
    vi.stubEnv("DATABASE_URL", "file::memory:");
    const health = await checkHealth();
    expect(health).toMatchObject({ status: "ok", database: "sqlite" });
    expect(health.status === "ok" && health.content.articles).toBeGreaterThan(10);
  });

  it("names the database as failed when PostgreSQL does not answer, without telling the public where it is", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://postgres@127.0.0.1:1/none");
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const health = await checkHealth();
    expect(health).toEqual({ status: "unavailable", failed: ["database"], database: "postgres" });
    expect(JSON.stringify(health)).not.toContain("127.0.0.1");
  });
});
