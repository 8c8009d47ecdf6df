/**
 * A signing told in the present with a bare weekday (sentences written for this project): the weekday nearer the
 * report's day is the one meant. Four days back or more, the coming one is nearer, so the signing is still ahead
 * (a preview: "assinam esta sexta-feira" on a Tuesday); a day or three back, it is the news, signed then. A past
 * tense is always the news.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

/** Reports of Tuesday 7 July 2026 telling, in the present, a signing on Friday: the coming Friday. */
const AHEAD = [
  "en Kenya and Ghana sign three agreements in Nairobi on Friday, the ministry said.",
  "fr Le Bénin et le Ghana signent ce vendredi à Cotonou trois accords de coopération.",
  "it Italia e Tunisia firmano venerdì a Roma tre accordi di cooperazione.",
  "es Perú y Bolivia firman este viernes en Lima tres acuerdos de cooperación.",
  "pt Angola e Namíbia assinam esta sexta-feira em Luanda três acordos de cooperação.",
  "de Deutschland und Ghana unterzeichnen am Freitag in Accra drei Abkommen.",
  "de Deutschland und Ghana unterschreiben am Freitag in Accra drei Abkommen.",
];
/** English "to sign" is an infinitive, no present: the weekday stays the one past. */
const INFINITIVE = [
  "en The foreign ministers of Morocco and Senegal met in Rabat on Friday to sign a fisheries agreement. The agreement was signed at a ceremony.",
];
/** The same on Tuesday, for a signing on Monday: the day before, the news itself. */
const JUST_PAST = [
  "fr Le Bénin et le Ghana signent ce lundi à Cotonou trois accords de coopération.",
  "es Perú y Bolivia firman este lunes en Lima tres acuerdos de cooperación.",
  "pt Angola e Namíbia assinam esta segunda-feira em Luanda três acordos de cooperação.",
  "de Deutschland und Ghana unterzeichnen am Montag in Accra drei Abkommen.",
  "es Perú y Bolivia firmaron el viernes en Lima tres acuerdos de cooperación.",
];
const TUESDAY = "2026-07-07";

describe("a signing told in the present with a bare weekday", () => {
  it.for(AHEAD)("%s → still ahead", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3), TUESDAY)).toEqual([]);
  });
  it.for(INFINITIVE)("%s → signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3), TUESDAY)).toEqual(["signed agreement"]);
  });
  it.for(JUST_PAST)("%s → signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3), TUESDAY)).toEqual(["signed agreement"]);
  });
});
