import { describe, expect, it } from "vitest";
import { createDatabase } from "./connection";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection, a restart and a statement timeout, also when wrapped", () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("canceling statement"), { code: "57014" }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error("Database migration failed", {
          cause: new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]),
        }),
      ),
    ).toBe(true);
  });

  it("leaves bugs alone: a constraint violation, a type error", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });

  it("holds for the error a closed PostgreSQL port really gives, within the connection timeout", async () => {
    const db = createDatabase("postgres://postgres@127.0.0.1:1/none");
    const started = Date.now();
    const error = await db
      .selectFrom("editors")
      .select("id")
      .execute()
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    await db.destroy();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});
