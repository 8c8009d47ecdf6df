/**
 * A meeting of leaders is political dialogue. A report whose lead (or title) has a head of state or government or a
 * foreign minister and a meeting word ("received", "a rencontré", "провел встречу", "استقبل") reports talks between
 * the two sides even when it names no topic of political dialogue; so does a signing word ("the presidents signed a
 * declaration…"). The meeting and signing words are in seed/lexicons/sector-cues.json (`meeting`, `signing`); the
 * office words are those of seed/lexicons/officials.json.
 */
import cuesData from "../../../seed/lexicons/sector-cues.json";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { findOfficeWords } from "./officials";
import { wordsOf } from "./sector-salience";

type Words = Readonly<Record<string, readonly string[]>>;
const { meeting: MEETING, signing: SIGNING } = cuesData as unknown as { meeting: Words; signing: Words };

/**
 * The meeting words of one language (every language's when it is unknown), and its signing words: leaders who sign
 * together have met ("Президент России … и … лидер … подписали документ").
 */
const meetingWords = (language: string | undefined, text: MatchDoc) => [
  ...wordsOf(MEETING, language).match(text),
  ...wordsOf(SIGNING, language).match(text),
];

const within = (span: Span, from: number, to: number) => span.start >= from && span.end <= to;

/**
 * The meeting word that makes a report political dialogue, if any: one in `doc` between `from` and `to` (its lead)
 * beside an office word (never a past one) or a leader in office named there, else one in the title beside an office
 * word.
 */
export function leadersMeeting(
  doc: MatchDoc,
  from: number,
  to: number,
  options: {
    title?: MatchDoc | undefined;
    language?: string | undefined;
    officials?: readonly { span: Span }[] | undefined;
  },
): Span | undefined {
  const inLead = (text: MatchDoc, a: number, b: number, named: readonly { span: Span }[]) => {
    const meeting = meetingWords(options.language, text)
      .filter((m) => within(m.span, a, b))
      .sort((x, y) => x.span.start - y.span.start)[0];
    if (!meeting) return undefined;
    const office =
      named.some((o) => within(o.span, a, b)) ||
      findOfficeWords(text).some((o) => !o.former && o.kind !== "other" && within(o.span, a, b));
    return office ? meeting.span : undefined;
  };
  const lead = inLead(doc, from, to, options.officials ?? []);
  if (lead || !options.title) return lead;
  return inLead(options.title, 0, options.title.text.length, []);
}
