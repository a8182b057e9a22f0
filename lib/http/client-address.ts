// Which address a request comes from, for the per-address limits (sign-in, comments, reports).
//
// Next.js 16 gives app code no socket: NextRequest has no `ip`, and `next start` fills `X-Forwarded-For` with the
// peer's address only when the request has none (`??=` in base-server), so a client's own XFF reaches the app
// untouched and the peer is lost. `npm start` therefore runs scripts/start.mjs, which serves the same Next
// request handler and stamps every request with its TCP peer in PEER_HEADER, overwriting whatever the client
// sent. XFF counts only when that peer is a trusted proxy (TRUSTED_PROXIES); then XFF is walked from the right
// and the first address that is not itself a trusted proxy is the client. IPv6 clients are keyed by their /64,
// as one subscriber usually holds a whole /64.
import { BlockList, isIP } from "node:net";

/** Set by scripts/start.mjs on every request, from the socket; a client cannot choose it. */
export const PEER_HEADER = "x-meridian-peer";
/** What every request counts as when the server was started without scripts/start.mjs (e.g. `next dev`). */
export const UNKNOWN_ADDRESS = "unknown";

export type TrustedProxies = { check: (address: string) => boolean };

/** "1.2.3.4", "[2001:db8::1]:443", "::ffff:1.2.3.4", "fe80::1%eth0" → a bare address, or null when it is not one. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value : null;
}

function ipv6Groups(address: string): string[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, v4.index) + ((a << 8) | b).toString(16) + ":" + ((c << 8) | d).toString(16);
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}

/** The key a limit counts by: an IPv4 address whole, an IPv6 address by its /64. */
export function addressKey(address: string): string {
  const normal = normaliseAddress(address);
  if (!normal) return UNKNOWN_ADDRESS;
  if (isIP(normal) === 4) return normal;
  return `${ipv6Groups(normal).slice(0, 4).join(":")}::/64`;
}

/** TRUSTED_PROXIES: comma-separated addresses and CIDR ranges, IPv4 and IPv6. A bad entry is an error, loudly. */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [base = "", prefix, extra] = entry.split("/");
    const address = normaliseAddress(base);
    const family = address ? isIP(address) : 0;
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 4 ? 32 : 128;
    const badPrefix = prefix !== undefined && !(/^\d+$/.test(prefix) && bits! <= maxBits);
    if (!address || extra !== undefined || badPrefix) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1).`,
      );
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return {
    check: (raw) => {
      const address = normaliseAddress(raw);
      return !!address && list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
    },
  };
}

/** The client's address: the peer itself, unless the peer is a trusted proxy; then the right-most untrusted XFF hop. */
export function resolveClientAddress(peer: string, forwardedFor: string | null, trusted: TrustedProxies): string {
  let client = normaliseAddress(peer);
  if (!client) return UNKNOWN_ADDRESS;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (trusted.check(client) && hops.length > 0) {
    const next = normaliseAddress(hops.pop()!);
    if (!next) break; // a trusted proxy passed on something that is no address: stop at the proxy
    client = next;
  }
  return client;
}

let cachedSetting: string | undefined;
let cachedProxies: TrustedProxies | undefined;

export function trustedProxies(): TrustedProxies {
  const setting = process.env.TRUSTED_PROXIES ?? "";
  if (!cachedProxies || setting !== cachedSetting) {
    cachedProxies = parseTrustedProxies(setting);
    cachedSetting = setting;
  }
  return cachedProxies;
}

let warned = false;

/** The key the per-address limits count this request by. */
export function clientAddress(headers: Headers): string {
  const peer = headers.get(PEER_HEADER);
  if (!peer) {
    if (!warned) {
      warned = true;
      console.warn(
        `No ${PEER_HEADER} header: start the server with \`npm start\` (scripts/start.mjs) so per-address limits see real addresses.`,
      );
    }
    return UNKNOWN_ADDRESS;
  }
  return addressKey(resolveClientAddress(peer, headers.get("x-forwarded-for"), trustedProxies()));
}
