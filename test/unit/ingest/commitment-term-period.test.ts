/**
 * A plan signed with its term written beside it as a period that reaches the report's year ("for 2025-2027", "на
 * 2025-2027 годы") is signed that day: the term's first year is no year the plan is from. A term that ended before
 * the report's year marks an older plan (sentences written for this project; reports of 10 July 2026).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const CURRENT = [
  "en The ministers of Belarus and Mongolia signed a cooperation plan for 2025-2027 on Tuesday.",
  "ru Министры Беларуси и Монголии во вторник подписали план сотрудничества на 2025-2027 годы.",
  "es Los ministros de Perú y Bolivia firmaron el martes un plan de cooperación 2025/2027.",
];
const ENDED = ["en The ministers of Belarus and Mongolia signed a cooperation plan for 2022-2024 on Tuesday."];

describe("a plan's term beside it", () => {
  it.for(CURRENT)("%s → signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed programme"]);
  });
  it.for(ENDED)("%s → an older plan, nothing signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual([]);
  });
});
