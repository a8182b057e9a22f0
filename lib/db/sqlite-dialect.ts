// SQLite through Kysely, with every transaction taking the write lock when it begins (BEGIN IMMEDIATE). Kysely begins
// them deferred: a transaction that reads, then writes after another process (the editor CLI, a backup, a second
// server on the file) has committed, gets SQLITE_BUSY at once, which busy_timeout does not wait out. Taken at the
// start, the lock is waited for like any other.
import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Driver } from "kysely";

export class ImmediateTransactionsSqliteDialect extends SqliteDialect {
  createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw("begin immediate"));
    };
    return driver;
  }
}
