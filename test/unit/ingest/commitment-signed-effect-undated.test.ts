/**
 * An instrument signed whose entry into force cannot be dated (sentences written for this project, FICTIONAL): the
 * signing word names it as its first object ("signed an agreement …, and the deal will take effect once…"), not
 * after another object ("signed the guest book and said the agreement will take effect…").
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const FIRST_OBJECT = [
  [
    "en Kenya and Rwanda signed an agreement on mutual visa exemption in Nairobi, and the deal will take effect once both parliaments approve it.",
    ["signed agreement"],
  ],
] as const;

const ANOTHER_OBJECT = [
  "en The British and Kenyan ministers signed the guest book and said the defence agreement will take effect once both parliaments approve it.",
  "en Russia and Iran signed on Friday a document under which the treaty will take effect once ratified.",
];

describe("a signing word and an instrument whose entry into force has no day", () => {
  itSigns(FIRST_OBJECT);
  itSignsNothing(ANOTHER_OBJECT);
});
