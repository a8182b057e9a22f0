import type { IncomingMessage, ServerResponse } from "node:http";

export const OWN_NOT_FOUND_PAGES: string[];
export function notFoundPageMender(distDir: string): (request: IncomingMessage, response: ServerResponse) => void;
