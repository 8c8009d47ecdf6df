/**
 * A leaders' meeting told in one of the two sentences right after the lead (sentences written for this project,
 * FICTIONAL): the lead says what two countries want with no office in it, the next sentence has the foreign minister
 * and his visit. That is political dialogue; an office and a meeting word further on are not the report's meeting.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { leadersMeeting } from "../../../src/ingest/recognize/sectors-meeting";
import { sectorLeadEnd } from "../../../src/ingest/recognize/sector-lead";

const AFTER: readonly string[] = [
  "en With joint scholarships for students and a regular exchange of lecturers, Austria and Qatar want to expand their cooperation in higher education over the coming years. Foreign Minister Schallenberg met his counterpart on Sunday during his visit to Doha.",
  "de Mit gemeinsamen Stipendien für Studierende und einem regelmäßigen Austausch von Lehrkräften wollen Österreich und Katar ihre Zusammenarbeit in der Hochschulbildung in den kommenden Jahren deutlich ausbauen. Außenminister Schallenberg traf am Sonntag bei seinem Besuch in Doha seinen Amtskollegen.",
  "fr Avec des bourses communes pour les étudiants et un échange régulier d'enseignants, l'Autriche et le Qatar veulent développer leur coopération dans l'enseignement supérieur au cours des prochaines années. Le ministre des Affaires étrangères Schallenberg a rencontré dimanche son homologue lors de sa visite à Doha.",
  "ar تسعى النمسا وقطر إلى توسيع تعاونهما في التعليم العالي خلال السنوات المقبلة عبر منح دراسية مشتركة للطلاب وتبادل منتظم للأساتذة. والتقى وزير الخارجية شالنبرغ يوم الأحد نظيره خلال زيارته إلى الدوحة.",
];
const FAR: readonly string[] = [
  "en With joint scholarships for students and a regular exchange of lecturers, Austria and Qatar want to expand their cooperation in higher education over the coming years. The first students will arrive in autumn. The universities will choose them together. Last year, Foreign Minister Schallenberg met his counterpart during a visit to Doha.",
];

const meetingOf = (line: string) => {
  const doc = prepare(line.slice(3));
  return leadersMeeting(doc, 0, sectorLeadEnd(doc), { language: line.slice(0, 2) });
};

describe("a leaders' meeting told right after the lead", () => {
  it.for(AFTER)("%s → a meeting", (line, { expect }) => {
    expect(meetingOf(line)).toBeDefined();
  });
  it.for(FAR)("%s → none", (line, { expect }) => {
    expect(meetingOf(line)).toBeUndefined();
  });
});
