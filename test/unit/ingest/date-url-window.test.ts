import { describe, it } from "vitest";
import { filingWindow } from "../../../src/ingest/recognize/date-url";

describe("filingWindow", () => {
  it.for([
    ["https://news.example/society/2014/04/334592", { first: "2014-04-01", last: "2014-04-30" }],
    ["https://news.example/2019/03/05/talks-in-rabat", { first: "2019-03-01", last: "2019-03-05", day: "2019-03-05" }],
    ["https://news.example/2018/ministers-meet-in-havana", { first: "2018-01-01", last: "2018-12-31", yearOnly: true }],
    [
      "https://news.example/politics/view/talks-in-minsk-have-begun-64867-2023/",
      { first: "2023-01-01", last: "2023-12-31", yearOnly: true },
    ],
    ["https://news.example/view/state-visit-111627-2011", { first: "2011-01-01", last: "2011-12-31", yearOnly: true }],
  ] as const)("reads %s", ([url, window], { expect }) => {
    expect(filingWindow(url)).toEqual(window);
  });

  it.for([
    "https://news.example/world/joint-commission-planned-for-november-2024.html",
    "https://news.example/economy/saudi-vision-2030/",
    "https://news.example/archive/20190312",
    "not a url",
  ])("finds no filing date in %s", (url, { expect }) => {
    expect(filingWindow(url)).toBeUndefined();
  });
});
