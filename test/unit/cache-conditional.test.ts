import { describe, it } from "vitest";
import { etagFor } from "../../src/http/cache";
import { pickEncoding } from "../../src/http/compression";
import { etagMatches, httpDate, notModified } from "../../src/http/conditional";

describe("validators", () => {
  it("builds a strong ETag from scope, version and variant", ({ expect }) => {
    expect(etagFor({ kind: "pair", pair: "KZ-MA" }, 42, "lang=fr")).toBe('"KZ-MA.v42.lang=fr"');
    expect(etagFor({ kind: "global" }, 7, "cursor=a/b&limit=50")).toBe('"all.v7.cursor=a_b&limit=50"');
  });

  it("compares If-None-Match weakly (RFC 9110 §13.1.2)", ({ expect }) => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('"a"', 'W/"a"')).toBe(true);
    expect(etagMatches('"a"', '"b", W/"a"')).toBe(true);
    expect(etagMatches('"a"', "*")).toBe(true);
    expect(etagMatches('"a"', '"b"')).toBe(false);
    expect(etagMatches('"a"', undefined)).toBe(false);
  });

  it("evaluates If-Modified-Since only without If-None-Match, to the second", ({ expect }) => {
    const lm = httpDate("2026-03-01T12:00:00.750Z") ?? "";
    expect(lm).toBe("Sun, 01 Mar 2026 12:00:00 GMT");
    expect(notModified({ ifModifiedSince: lm }, '"x"', lm)).toBe(true);
    expect(notModified({ ifModifiedSince: "Sun, 01 Mar 2026 11:59:59 GMT" }, '"x"', lm)).toBe(false);
    expect(notModified({ ifModifiedSince: "not a date" }, '"x"', lm)).toBe(false);
    expect(notModified({ ifModifiedSince: lm, ifNoneMatch: '"y"' }, '"x"', lm)).toBe(false);
    expect(notModified({ ifNoneMatch: '"x"' }, '"x"', undefined)).toBe(true);
    expect(httpDate(null)).toBeUndefined();
  });

  it("picks br, then gzip, honouring q=0", ({ expect }) => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip")).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(pickEncoding("*")).toBe("br");
    expect(pickEncoding("identity")).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});
