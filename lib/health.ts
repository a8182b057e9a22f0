// The instance's health for load balancers and container runtimes: the content is loaded and the database answers.
import { sql } from "kysely";
import { now } from "./clock";
import { publicArticles } from "./content/store";
import { getDb, isPostgresUrl } from "./db/connection";

export type Health =
  | { status: "ok"; content: { articles: number }; database: "sqlite" | "postgres" }
  | { status: "unavailable"; failed: ("content" | "database")[]; database: "sqlite" | "postgres" };

/** Long enough for a busy database, short enough for a health check's own timeout. */
const DATABASE_TIMEOUT_MS = 3_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function checkHealth(): Promise<Health> {
  const database = isPostgresUrl(process.env.DATABASE_URL) ? "postgres" : "sqlite";
  const errors: Record<string, string> = {};
  let articles = 0;
  try {
    articles = publicArticles(now()).length;
  } catch (error) {
    errors.content = error instanceof Error ? error.message : String(error);
  }
  try {
    await withTimeout((async () => sql`select 1`.execute(await getDb()))(), DATABASE_TIMEOUT_MS);
  } catch (error) {
    errors.database = error instanceof Error ? error.message : String(error);
  }
  const failed = Object.keys(errors) as ("content" | "database")[];
  if (!failed.length) return { status: "ok", content: { articles }, database };
  // The details stay in the server's log: they can name hosts and ports the public should not see.
  for (const part of failed) console.error(`Health check: ${part} failed: ${errors[part]}`);
  return { status: "unavailable", failed, database };
}
