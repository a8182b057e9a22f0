import type { IncomingMessage, ServerResponse } from "node:http";

export function entityTagger(): (request: IncomingMessage, response: ServerResponse) => void;
