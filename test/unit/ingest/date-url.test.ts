import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in the project's words; the URLs are of no real outlet.
describe("a page's URL completes a day and month the text gives without a year", () => {
  it.for([
    [
      "en",
      "https://fixture.example/world/2019/03/talks",
      "Kenya and Japan signed a port agreement on 12 March in Nairobi.",
      "2019-03-12",
    ],
    [
      "fr",
      "https://fixture.example/2019/03/accord-kenya-japon",
      "Le Kenya et le Japon ont signé le 12 mars un accord portuaire à Nairobi.",
      "2019-03-12",
    ],
    [
      "ru",
      "https://fixture.example/society/2014/04/334",
      "Кения и Япония подписали 25 апреля соглашение о портах в Найроби.",
      "2014-04-25",
    ],
    [
      "es",
      "https://fixture.example/2019/03/05/kenia-japon",
      "Kenia y Japón firmaron el 4 de marzo un acuerdo portuario en Nairobi.",
      "2019-03-04",
    ],
  ])("%s: %s", async ([, url, text, date], { expect }) => {
    expect((await analyze({ text, url })).eventDate?.date).toBe(date);
  });

  it("completes no day outside the URL's month (an earlier month's background: 'lo scorso 4 maggio')", async ({
    expect,
  }) => {
    const text =
      "Kenia und Japan haben am Montag in Nairobi ein Hafenabkommen unterzeichnet, wie schon am 5. Dezember geplant.";
    expect((await analyze({ text, url: "https://fixture.example/2019/03/kenia-japan" })).eventDate).toBeUndefined();
  });

  it("dates no bare weekday from the URL's month (it tells the month, not the week)", async ({ expect }) => {
    const text = "Kenya and Japan signed a port agreement on Thursday in Nairobi.";
    expect((await analyze({ text, url: "https://fixture.example/2019/03/talks" })).eventDate).toBeUndefined();
  });

  it("leaves a publication date in charge when there is one", async ({ expect }) => {
    const text = "Kenya and Japan signed a port agreement on 12 March in Nairobi.";
    const a = await analyze({ text, url: "https://fixture.example/2017/03/talks", publishedAt: "2019-03-13" });
    expect(a.eventDate?.date).toBe("2019-03-12");
  });

  it("reads no year from a number that is no date path ('/news/20190312')", async ({ expect }) => {
    const text = "Kenya and Japan signed a port agreement on 12 March in Nairobi.";
    expect((await analyze({ text, url: "https://fixture.example/news/20190312" })).eventDate).toBeUndefined();
    // A year alone before a slug is the year the page was filed in: it completes the day and month.
    expect((await analyze({ text, url: "https://fixture.example/2019/kenya-japan" })).eventDate?.date).toBe(
      "2019-03-12",
    );
  });

  it("takes a URL's whole day for the publication date a page does not give", async ({ expect }) => {
    const text = "Kenya and Japan signed a port agreement today in Nairobi.";
    const url = "https://fixture.example/world/2019/03/12/kenya-japan-port";
    const a = await analyze({ text, url });
    expect(a.publishedOn).toBe("2019-03-12");
    expect(a.eventDate?.date).toBe("2019-03-12");
    // A month alone tells no publication day; a date the source gives wins over the URL's.
    expect((await analyze({ text, url: "https://fixture.example/world/2019/03/talks" })).publishedOn).toBeUndefined();
    expect((await analyze({ text, url, publishedAt: "2019-03-13" })).publishedOn).toBe("2019-03-13");
  });

  it("takes the page's own date line for the publication date the source does not give", async ({ expect }) => {
    const text =
      "Kenya and Japan sign a port agreement\nPublished on 14 March 2019\nKenya and Japan signed a port agreement today in Nairobi.";
    expect((await analyze({ text })).publishedOn).toBe("2019-03-14");
  });

  it("takes the URL's day over a page date line later than it (a site's header of the day the page was read)", async ({
    expect,
  }) => {
    const text =
      "Kenya and Japan sign a port agreement\nMonday, August 12, 2019\nKenya and Japan signed a port agreement on Wednesday in Nairobi.";
    const a = await analyze({ text, url: "https://fixture.example/2019/03/14/kenya-japan-port/" });
    expect(a.publishedOn).toBe("2019-03-14");
    expect(a.eventDate?.date).toBe("2019-03-13");
    // A date line on or before the URL's day stays the page's own.
    const earlier = text.replace("Monday, August 12, 2019", "Tuesday, March 12, 2019");
    expect(
      (await analyze({ text: earlier, url: "https://fixture.example/2019/03/14/kenya-japan-port/" })).publishedOn,
    ).toBe("2019-03-12");
  });
});
