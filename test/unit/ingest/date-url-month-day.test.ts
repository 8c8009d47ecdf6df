/**
 * A URL that files a page under a year and then its month and day run together ("/n3/2016/0319/c31617-….html") tells
 * the day the page came out, as "/2016/03/19/" does; a run of figures that is no valid month and day ("/2016/1399/")
 * tells nothing. Texts written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { filingWindow } from "../../../src/ingest/recognize/date-url";
import { analyze } from "../../../src/ingest/analyze";

describe("a URL's year, then its month and day run together", () => {
  it("files the page on that day", ({ expect }) => {
    expect(filingWindow("https://news.example.org/n3/2016/0319/c31617-9032641.html")).toEqual({
      first: "2016-03-01",
      last: "2016-03-19",
      day: "2016-03-19",
    });
  });
  it("files nothing on figures that are no month and day", ({ expect }) => {
    expect(filingWindow("https://news.example.org/n3/2016/1399/c31617.html")).toBeUndefined();
  });
  it("dates a wire dateline without a year by it", async ({ expect }) => {
    const a = await analyze({
      url: "https://news.example.org/n3/2026/0515/c1234-5678.html",
      text: "LIMA, 14 may (Agencia) -- Los gobiernos de Perú y Bolivia firmaron este jueves en Lima un acuerdo sobre medio ambiente.",
    });
    expect(a.eventDate?.date).toBe("2026-05-14");
  });
});
