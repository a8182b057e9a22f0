import type { ServerResponse } from "node:http";

export function stylesheetHashes(distDir: string): string[];
export function withStyleHashes(policy: string, hashes: string[]): string;
export function inlineStyleAllower(distDir: string): (response: ServerResponse) => void;
