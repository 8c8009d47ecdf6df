import { describe, it } from "vitest";
import { filingWindow } from "../../../src/ingest/recognize/date-url";

describe("filingWindow", () => {
  it.for([
    ["https://news.example/society/2014/04/334592", { first: "2014-04-01", last: "2014-04-30" }],
    ["https://news.example/2019/03/05/talks-in-rabat", { first: "2019-03-01", last: "2019-03-05", day: "2019-03-05" }],
    ["https://news.example/2018/ministers-meet-in-havana", { first: "2018-01-01", last: "2018-12-31", yearOnly: true }],
    // A short day that is not of the path's year and month completes nothing.
    ["https://news.example/news/2009/05/100517_visit", { first: "2009-05-01", last: "2009-05-31" }],
    [
      "https://news.example/politics/view/talks-in-minsk-have-begun-64867-2023/",
      { first: "2023-01-01", last: "2023-12-31", yearOnly: true },
    ],
    ["https://news.example/view/state-visit-111627-2011", { first: "2011-01-01", last: "2011-12-31", yearOnly: true }],
    [
      "https://news.example/politica/2018-09-18-ministers-meet-in-luanda",
      { first: "2018-09-01", last: "2018-09-18", day: "2018-09-18" },
    ],
    ["https://news.example/news/2016-04-06/visa-talks", { first: "2016-04-01", last: "2016-04-06", day: "2016-04-06" }],
    [
      "https://news.example/Paginas/20181016_NOT01.aspx",
      { first: "2018-10-01", last: "2018-10-16", day: "2018-10-16" },
    ],
    [
      "https://news.example/pt/africa/20100929-presidente-visita-india",
      { first: "2010-09-01", last: "2010-09-29", day: "2010-09-29" },
    ],
    [
      "https://news.example/america-latina/201809031081694660-gabinete-binacional/",
      { first: "2018-09-01", last: "2018-09-03", day: "2018-09-03" },
    ],
    // A day run together as a whole segment with more path after it, or with its hour and minute as the name.
    [
      "https://news.example/20230127/ratification-of-visa-agreement-1071627479.html",
      { first: "2023-01-01", last: "2023-01-27", day: "2023-01-27" },
    ],
    [
      "https://news.example/angola/daily/20170211/281569470475165",
      { first: "2017-02-01", last: "2017-02-11", day: "2017-02-11" },
    ],
    ["https://news.example/stories/201811110146.html", { first: "2018-11-01", last: "2018-11-11", day: "2018-11-11" }],
    // A year and month completed by the day's short form in the next segment.
    [
      "https://news.example/news/2009/05/090517_visit_riyadh",
      { first: "2009-05-01", last: "2009-05-17", day: "2009-05-17" },
    ],
  ] as const)("reads %s", ([url, window], { expect }) => {
    expect(filingWindow(url)).toEqual(window);
  });

  it.for([
    "https://news.example/world/joint-commission-planned-for-november-2024.html",
    "https://news.example/economy/saudi-vision-2030/",
    "https://news.example/archive/20190312",
    "https://news.example/archive/20190312-1",
    "https://news.example/archive/20191312-talks",
    "https://news.example/archive/2019031212-talks",
    "https://news.example/archive/20190312-",
    "https://news.example/archive/2019-13-01-talks",
    "https://news.example/archive/2019-03-05x",
    "https://news.example/stories/201811112546.html",
    "https://news.example/agenda/29991115/forum-on-trade",
    "not a url",
  ])("finds no filing date in %s", (url, { expect }) => {
    expect(filingWindow(url)).toBeUndefined();
  });
});
