/**
 * English tells an entry into force by "came into effect", "comes into effect", "entered into effect", "was brought
 * into force" and "was put into force" as well as by "entered into force"; "will come into effect" is planned, and a
 * negation or a future leaves nothing in force (FICTIONAL sentences written for this project).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const IN_FORCE = [
  ["en The extradition treaty between Bhutan and Nepal was brought into force on Wednesday.", ["in_force treaty"]],
  ["en The visa waiver agreement between Fiji and Samoa came into effect on Monday.", ["in_force agreement"]],
  ["en The air services agreement between Fiji and Samoa entered into effect on Monday.", ["in_force agreement"]],
  ["en The fisheries agreement between Fiji and Samoa was put into force last week.", ["in_force agreement"]],
] as const;

const NOT_IN_FORCE = [
  "en The visa waiver agreement between Fiji and Samoa will come into effect next month.",
  "en The visa waiver agreement between Fiji and Samoa has not yet come into effect.",
];

describe("English words of an entry into force", () => {
  itSigns(IN_FORCE);
  itSignsNothing(NOT_IN_FORCE);
});
