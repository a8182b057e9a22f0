// The search index this process reads: the file the build wrote (location.ts), opened read-only once, so every
// instance sharing a build answers alike and none holds the article bodies for search in memory. Without a usable file
// (a bare `next dev`, a deleted file) search still works: the index is built in memory from the content, and the log
// says so loudly.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { getContent } from "../content/store";
import { fillSearchIndex, INDEX_VERSION } from "./build";
import { searchIndexPath } from "./location";

let db: Database.Database | undefined;

function openFile(file: string): Database.Database | null {
  if (!existsSync(file)) {
    console.error(`Search index ${file} is missing (npm run build writes it): building one in memory instead.`);
    return null;
  }
  try {
    const opened = new Database(file, { readonly: true, fileMustExist: true });
    const version = opened.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get();
    if (version === INDEX_VERSION) return opened;
    opened.close();
    console.error(
      `Search index ${file} is of version ${String(version)}, not ${INDEX_VERSION}: building one in memory.`,
    );
  } catch (error) {
    console.error(`Search index ${file} cannot be read (${String(error)}): building one in memory instead.`);
  }
  return null;
}

function inMemory(): Database.Database {
  const memory = new Database(":memory:");
  fillSearchIndex(memory, getContent());
  return memory;
}

export function searchIndex(): Database.Database {
  db ??= openFile(searchIndexPath()) ?? inMemory();
  return db;
}
