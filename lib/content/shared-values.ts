// Values every index entry may share rather than hold a copy of: at 100,000 articles, one object or string each
// adds up (lib/content/load.ts, lib/content/validate.ts).

/** Shared by every article that has none (most): an empty list each would cost 100,000 objects. Frozen, so that
 * nothing can add to every article's list at once. */
export const NONE = Object.freeze([]) as unknown as never[];

/** One copy of each value many articles repeat (section, authors, tags, lead-image words), not one per article. */
export function interner(): (value: string) => string {
  const pool = new Map<string, string>();
  return (value) => {
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
}
