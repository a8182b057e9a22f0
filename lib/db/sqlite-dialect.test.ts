import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createDatabase } from "./connection";

describe("SQLite transactions", () => {
  it("take the write lock when they begin, so another process's commit cannot make their first write fail", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "meridian-db-")), "test.sqlite");
    const db = createDatabase(`file:${file}`);
    await sql`create table t (n integer)`.execute(db);
    const otherProcess = new SQLite(file);
    otherProcess.pragma("busy_timeout = 0");

    await db.transaction().execute(async (trx) => {
      await sql`select count(*) from t`.execute(trx);
      // Begun deferred, the read would leave the other writer free to commit, and the write below would then fail.
      expect(() => otherProcess.prepare("insert into t values (1)").run()).toThrow(/locked|busy/i);
      await sql`insert into t values (2)`.execute(trx);
    });
    otherProcess.prepare("insert into t values (3)").run();
    expect(otherProcess.prepare("select n from t order by n").pluck().all()).toEqual([2, 3]);
    otherProcess.close();
    await db.destroy();
  });
});
