import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addressKey,
  clientAddress,
  normaliseAddress,
  parseTrustedProxies,
  PEER_HEADER,
  resolveClientAddress,
  UNKNOWN_ADDRESS,
} from "./client-address";

const LOOPBACK = parseTrustedProxies("127.0.0.1,::1");
const NONE = parseTrustedProxies("");

describe("normaliseAddress", () => {
  it.each([
    ["192.0.2.1", "192.0.2.1"],
    [" 192.0.2.1:8080 ", "192.0.2.1"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["::ffff:192.0.2.7", "192.0.2.7"],
    ["fe80::1%eth0", "fe80::1"],
  ])("%s → %s", (raw, expected) => expect(normaliseAddress(raw)).toBe(expected));

  it.each(["", "unknown", "evil.example", "999.1.1.1", "1.2.3", "<script>"])("refuses %j", (raw) =>
    expect(normaliseAddress(raw)).toBeNull(),
  );
});

describe("addressKey", () => {
  it("keeps IPv4 addresses whole and keys IPv6 by its /64", () => {
    expect(addressKey("198.51.100.7")).toBe("198.51.100.7");
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2::9")).toBe(addressKey("2001:0db8:0001:0002:ffff::1"));
    expect(addressKey("2001:db8:1:3::9")).not.toBe(addressKey("2001:db8:1:2::9"));
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(addressKey("nonsense")).toBe(UNKNOWN_ADDRESS);
  });
});

describe("parseTrustedProxies", () => {
  it("reads addresses and CIDR ranges of both families", () => {
    const trusted = parseTrustedProxies(" 10.0.0.0/8, 192.0.2.1 ,2001:db8:ffff::/48,::1");
    for (const yes of ["10.1.2.3", "192.0.2.1", "2001:db8:ffff:1::5", "::1", "::ffff:10.9.9.9"])
      expect(trusted.check(yes), yes).toBe(true);
    for (const no of ["11.0.0.1", "192.0.2.2", "2001:db8:fffe::1", "::2", "junk"])
      expect(trusted.check(no), no).toBe(false);
  });

  it("trusts nobody by default", () => {
    expect(NONE.check("127.0.0.1")).toBe(false);
    expect(parseTrustedProxies(undefined).check("::1")).toBe(false);
  });

  it.each(["localhost", "10.0.0.0/33", "10.0.0.0/", "::1/129", "1.2.3.4/8/9", "10.0.0.0/x"])(
    "refuses %j with a clear error",
    (setting) => {
      expect(() => parseTrustedProxies(setting)).toThrow(/TRUSTED_PROXIES/);
    },
  );
});

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress("203.0.113.5", "198.51.100.1", NONE)).toBe("203.0.113.5");
    expect(resolveClientAddress("203.0.113.5", "198.51.100.1", LOOPBACK)).toBe("203.0.113.5");
  });

  it("behind a trusted proxy takes the right-most address that is not a trusted proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1", LOOPBACK)).toBe("198.51.100.1");
    // A client's own forged hops sit to the left of what the proxy appended: they are never reached.
    expect(resolveClientAddress("127.0.0.1", "1.1.1.1, 2.2.2.2, 198.51.100.1", LOOPBACK)).toBe("198.51.100.1");
    const chain = parseTrustedProxies("127.0.0.1,10.0.0.0/8");
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2, 10.0.0.3", chain)).toBe("198.51.100.1");
    expect(resolveClientAddress("::ffff:127.0.0.1", "[2001:db8::7]:5000", LOOPBACK)).toBe("2001:db8::7");
  });

  it("stops at the proxy when what it forwarded is not an address, and falls back to it without XFF", () => {
    expect(resolveClientAddress("127.0.0.1", "evil, not-an-ip", LOOPBACK)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", null, LOOPBACK)).toBe("127.0.0.1");
  });
});

describe("clientAddress", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("uses the stamped peer, and X-Forwarded-For only when TRUSTED_PROXIES trusts that peer", () => {
    const headers = new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "2001:db8:aa:bb::1" });
    vi.stubEnv("TRUSTED_PROXIES", "");
    expect(clientAddress(headers)).toBe("127.0.0.1");
    vi.stubEnv("TRUSTED_PROXIES", "127.0.0.1");
    expect(clientAddress(headers)).toBe("2001:db8:aa:bb::/64");
  });

  it("counts every request as one unknown address when the server was not started by scripts/start.mjs", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }))).toBe(UNKNOWN_ADDRESS);
  });
});
