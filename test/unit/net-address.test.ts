import { describe, it } from "vitest";
import { isInternalHost } from "../../src/net/address";
import { checkOutboundUrl, localFetchAllowed, normalizeFeedUrl } from "../../src/net/url-policy";
import { INTERNAL_URLS, PUBLIC_URLS } from "../helpers/internal-urls";

describe("isInternalHost", () => {
  for (const url of INTERNAL_URLS) {
    it(`refuses ${url}`, ({ expect }) => {
      expect(isInternalHost(new URL(url).hostname)).toBe(true);
      expect(checkOutboundUrl(url, false)).toMatchObject({ ok: false, reason: "internal" });
    });
  }
  for (const url of PUBLIC_URLS) {
    it(`accepts ${url}`, ({ expect }) => {
      expect(isInternalHost(new URL(url).hostname)).toBe(false);
      expect(checkOutboundUrl(url, false).ok).toBe(true);
    });
  }

  it("judges raw IPv6 text with an embedded dotted quad, and refuses what it cannot parse", ({ expect }) => {
    expect(isInternalHost("::ffff:192.168.0.1")).toBe(true);
    expect(isInternalHost("::ffff:8.8.4.4")).toBe(false);
    expect(isInternalHost("[1:2:3]")).toBe(true);
    expect(isInternalHost("")).toBe(true);
  });
});

describe("checkOutboundUrl and normalizeFeedUrl", () => {
  it("refuses other schemes, credentials and non-URLs, and lifts only the address rule when local is allowed", ({
    expect,
  }) => {
    expect(checkOutboundUrl("ftp://example.org/x", false)).toMatchObject({ ok: false, reason: "scheme" });
    expect(checkOutboundUrl("https://u:p@example.org/x", false)).toMatchObject({ ok: false, reason: "credentials" });
    expect(checkOutboundUrl("//evil/x", false)).toMatchObject({ ok: false, reason: "not-a-url" });
    expect(checkOutboundUrl("http://127.0.0.1:9/x", true).ok).toBe(true);
    expect(checkOutboundUrl("file:///etc/passwd", true)).toMatchObject({ ok: false, reason: "scheme" });
  });

  it("gives one form to URLs that differ by case of scheme and host, fragment, bare '?' or trailing dot", ({
    expect,
  }) => {
    const forms = [
      "https://Example.ORG/Feed.xml",
      "HTTPS://example.org/Feed.xml#top",
      "https://example.org/Feed.xml?",
      "https://example.org.:443/Feed.xml",
    ].map((u) => normalizeFeedUrl(new URL(u)));
    expect(new Set(forms)).toEqual(new Set(["https://example.org/Feed.xml"]));
    expect(normalizeFeedUrl(new URL("https://example.org/f?a=1#x"))).toBe("https://example.org/f?a=1");
  });

  it("allows local fetching only when switched on and running on loopback", ({ expect }) => {
    const local = { ALLOW_LOCAL_FEEDS: "true", PUBLIC_ORIGIN: "http://localhost:8787" };
    expect(localFetchAllowed(local)).toBe(true);
    expect(localFetchAllowed(local, "http://127.0.0.1:8787/v1/admin/feeds")).toBe(true);
    expect(localFetchAllowed(local, "https://bilateral.example/v1/admin/feeds")).toBe(false);
    expect(localFetchAllowed({ ...local, PUBLIC_ORIGIN: "https://bilateral.example" })).toBe(false);
    expect(localFetchAllowed({ ...local, ALLOW_LOCAL_FEEDS: "false" })).toBe(false);
    expect(localFetchAllowed({ PUBLIC_ORIGIN: "http://localhost:8787" })).toBe(false);
  });
});
