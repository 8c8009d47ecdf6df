/**
 * Which hosts an outbound fetch must never reach: loopback, private, link-local, CGNAT, unique-local and the
 * other special-purpose ranges (RFC 6890 registries), and names that only mean something inside a network.
 *
 * Input is a hostname as the WHATWG URL parser leaves it: that parser already turns every IPv4 notation
 * (decimal `2130706433`, hex `0x7f.1`, octal `0177.0.0.1`, short `127.1`) into dotted decimal and writes IPv6
 * in brackets with hex groups, so checking the canonical form covers them all. IPv6 forms that carry an IPv4
 * address (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are
 * judged by that address.
 */

/** [first address as a 32-bit number, prefix length] of every IPv4 range refused. */
const V4_BLOCKED: readonly [number, number][] = [
  [v4("0.0.0.0"), 8], // "this network"
  [v4("10.0.0.0"), 8], // private
  [v4("100.64.0.0"), 10], // CGNAT (shared address space)
  [v4("127.0.0.0"), 8], // loopback
  [v4("169.254.0.0"), 16], // link-local, cloud metadata
  [v4("172.16.0.0"), 12], // private
  [v4("192.0.0.0"), 24], // IETF protocol assignments
  [v4("192.0.2.0"), 24], // documentation
  [v4("192.88.99.0"), 24], // 6to4 relay anycast
  [v4("192.168.0.0"), 16], // private
  [v4("198.18.0.0"), 15], // benchmarking
  [v4("198.51.100.0"), 24], // documentation
  [v4("203.0.113.0"), 24], // documentation
  [v4("224.0.0.0"), 4], // multicast
  [v4("240.0.0.0"), 4], // reserved, broadcast
];

function v4(dotted: string): number {
  const parts = dotted.split(".").map(Number);
  return ((parts[0] ?? 0) * 2 ** 24 + (parts[1] ?? 0) * 2 ** 16 + (parts[2] ?? 0) * 2 ** 8 + (parts[3] ?? 0)) >>> 0;
}

function parseV4(host: string): number | undefined {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return undefined;
  const parts = host.split(".").map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return v4(host);
}

function v4Blocked(n: number): boolean {
  return V4_BLOCKED.some(([base, bits]) => n >>> (32 - bits) === base >>> (32 - bits));
}

/** Eight 16-bit groups of an IPv6 address (without brackets), or undefined when it is not one. */
function parseV6(host: string): number[] | undefined {
  let text = host.toLowerCase();
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  // A trailing dotted quad (::ffff:1.2.3.4) becomes its two hex groups.
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted?.[1]) {
    const n = parseV4(dotted[1]);
    if (n === undefined) return undefined;
    text = `${text.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === "" ? [] : s.split(":"));
  const head = groups(halves[0] ?? "");
  const rest = halves.length === 2 ? groups(halves[1] ?? "") : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [
    ...head.map((g) => Number.parseInt(g, 16)),
    ...Array(missing).fill(0),
    ...rest.map((g) => Number.parseInt(g, 16)),
  ];
}

function v6Blocked(g: number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, i = 0] = g;
  const embedded = ((h << 16) | i) >>> 0;
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return true; // ::
  if (zeroTo(7) && i === 1) return true; // ::1
  if (zeroTo(5) && f === 0xffff) return v4Blocked(embedded); // ::ffff:a.b.c.d (mapped)
  if (zeroTo(6)) return v4Blocked(embedded); // ::a.b.c.d (compatible, deprecated)
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return v4Blocked(embedded); // NAT64
  if (a === 0x2002) return v4Blocked(((b << 16) | c) >>> 0); // 6to4 carries its IPv4 in groups 2-3
  if ((a & 0xfe00) === 0xfc00) return true; // fc00::/7 unique-local
  if ((a & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((a & 0xffc0) === 0xfec0) return true; // fec0::/10 site-local (deprecated)
  if ((a & 0xff00) === 0xff00) return true; // multicast
  if (a === 0x2001 && b === 0x0db8) return true; // documentation
  if (a === 0x0100 && b === 0 && c === 0 && d === 0) return true; // discard-only
  if (a === 0x2001 && b < 0x0200) return true; // 2001::/23 IETF protocol assignments (Teredo, ORCHID...)
  return false;
}

/** Names that resolve only inside a machine or a network. */
const INTERNAL_NAME = /(^|\.)(localhost|internal|local|localdomain|home\.arpa|intranet|lan)$/;

/** True when the hostname (as URL.hostname gives it) is an address or name an outbound fetch must not reach. */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.+$/, "");
  if (host === "") return true;
  if (host.startsWith("[") || host.includes(":")) {
    const groups = parseV6(host.replace(/^\[|\]$/g, ""));
    return groups === undefined || v6Blocked(groups);
  }
  const n = parseV4(host);
  if (n !== undefined) return v4Blocked(n);
  // Anything left that looks numeric is an IPv4 notation the URL parser did not canonicalize: refuse it.
  if (/^[0-9.x]+$/.test(host)) return true;
  return INTERNAL_NAME.test(host) || !host.includes(".");
}
