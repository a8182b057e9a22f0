// npm run db:backup -- FILE [--force]: an online copy of the SQLite database, safe while the site runs.
// With DATABASE_URL set to PostgreSQL, explains the pg_dump command instead.
import { backupSqlite, BackupError } from "../lib/db/backup";
import { isPostgresUrl, sqliteFile } from "../lib/db/connection";

const args = process.argv.slice(2);
const force = args.includes("--force");
const target = args.find((arg) => !arg.startsWith("--"));

if (isPostgresUrl(process.env.DATABASE_URL)) {
  console.error(`The database is PostgreSQL: back it up with PostgreSQL's own tool, which is consistent while the site runs:

  pg_dump --format=custom --no-owner --dbname="$DATABASE_URL" --file=${target ?? "meridian.dump"}

and restore it into an empty database with

  pg_restore --no-owner --dbname="$DATABASE_URL" ${target ?? "meridian.dump"}`);
  process.exit(2);
}
if (!target) {
  console.error("Usage: npm run db:backup -- FILE [--force]   (FILE: where to write the copy of the SQLite database)");
  process.exit(2);
}

async function main(file: string) {
  const source = sqliteFile();
  const summary = await backupSqlite(source, file, { force });
  console.log(`Backed up ${source} to ${summary.file} (${summary.bytes.toLocaleString("en")} bytes)`);
  for (const { name, rows } of summary.tables) console.log(`  ${name.padEnd(24)} ${rows.toLocaleString("en")} rows`);
}

main(target).catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});
