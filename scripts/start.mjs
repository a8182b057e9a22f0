// `npm start`: serves the production build with Next's own request handler, on 127.0.0.1 unless HOSTNAME says
// otherwise (nginx in front, see deploy/nginx.conf), port from PORT or `-p` (default 3000). It does one more thing
// than `next start`: it stamps every request with its TCP peer's address, which Next.js does not pass to app code,
// so per-address limits can tell a trusted proxy's X-Forwarded-For from a client's (lib/http/client-address.ts).
import { createServer } from "node:http";
import next from "next";

const PEER_HEADER = "x-meridian-peer"; // PEER_HEADER in lib/http/client-address.ts

const portFlag = process.argv.indexOf("-p");
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME || "127.0.0.1";
process.env.NODE_ENV = "production";

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  // Overwritten on every request, so a client can never choose it.
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`The Meridian Post: http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
