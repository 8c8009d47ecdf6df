import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. A signing verb past a clause mark that takes an instrument of its own
// right after it ("…, although Mauritania had signed a similar agreement with Sudan") signs that one, not the
// instrument before the mark ("the first agreement of its kind"); Arabic tells a visa exemption as lifting the visa
// requirement ("يرفع بموجبها شرط التأشيرة"). Guards: an instrument joined to another ("signed together with an
// agreement on ports") and a signing verb of a relative or participial clause keep their signature. Each is a report
// published on Wednesday 11 March 2026; its firm commitments as [status, legal form, track, signedOn].
type Firm = readonly [string, string | null, string | null, string | null];
const CASES: readonly (readonly [string, string, readonly Firm[]])[] = [
  [
    "o01",
    "Mauritania and Spain signed a road transport agreement on Thursday. This is the first agreement of its kind with an EU country, although Mauritania had signed a similar agreement with Sudan in recent months.",
    [["signed", "agreement", null, "2026-03-05"]],
  ],
  [
    "o02",
    "أبرمت موريتانيا وإسبانيا يوم الخميس اتفاقية للنقل البري. وهذه أول اتفاقية من هذا النوع، علماً بأن موريتانيا كانت قد أبرمت اتفاقية مماثلة مع السودان في الأشهر الماضية.",
    [["signed", "agreement", null, "2026-03-05"]],
  ],
  [
    "o03",
    "La Mauritanie et l'Espagne ont signé jeudi un accord sur le transport routier. Il s'agit du premier accord de ce type, alors que la Mauritanie avait signé un accord similaire avec le Soudan.",
    [["signed", "agreement", null, "2026-03-05"]],
  ],
  [
    "o04",
    "The protocol on fisheries between Mauritania and Spain, signed together with an agreement on ports, was presented on Monday.",
    [
      ["signed", "agreement", null, "2026-03-09"],
      ["signed", "agreement", null, "2026-03-09"],
    ],
  ],
  [
    "o05",
    "The memorandum on trade between Mauritania and Spain, which the ministers signed on Monday, opens new markets.",
    [["signed", "memorandum", null, "2026-03-09"]],
  ],
  [
    "o06",
    "The agreement on fisheries between Mauritania and Spain, signed on Monday, replaces the one of 2012.",
    [["signed", "agreement", null, null]],
  ],
  [
    "o07",
    "أبرمت موريتانيا وإسبانيا يوم الخميس اتفاقية يرفع بموجبها شرط التأشيرة عن حاملي الجوازات الدبلوماسية.",
    [["signed", "agreement", "visa-exemption", "2026-03-05"]],
  ],
  [
    "o08",
    "Mauritania and Spain signed on Thursday an agreement on road transport, and Spain signed an agreement on fisheries with Senegal.",
    [["signed", "agreement", null, "2026-03-05"]],
  ],
];

describe("a signing verb with an object of its own signs that object only", () => {
  it.for(CASES)("%s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm", "track", "signedOn"]);
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
