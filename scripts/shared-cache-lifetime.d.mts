import type { ServerResponse } from "node:http";

export function boundCacheControl(cacheControl: string, secondsLeft: number): string;
export function sharedCacheLifetimeBounder(): (response: ServerResponse) => void;
