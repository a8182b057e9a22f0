import type { IncomingMessage, ServerResponse } from "node:http";

export function cachedBodies(): (request: IncomingMessage, response: ServerResponse) => void;
