// Every migration, in order. Imported statically so the bundled server carries them (no folder scanning at run time).
import type { Migration, MigrationProvider } from "kysely";
import * as editors from "./001-editors";
import * as comments from "./002-comments";
import * as settledReports from "./003-settled-reports";
import * as signInAttempts from "./004-sign-in-attempts";

const migrations: Record<string, Migration> = {
  "001-editors": editors,
  "002-comments": comments,
  "003-settled-reports": settledReports,
  "004-sign-in-attempts": signInAttempts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
