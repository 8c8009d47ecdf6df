/**
 * Status words that read firm but tell a plan or an older step (src/ingest/recognize/commitment-plans.ts and the
 * fold of earlier steps in commitment-merge.ts). Sentences written for this project, in the eight languages.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

const DAY = "2026-07-10";

function read(lang: string, text: string) {
  const doc = prepare(text);
  const dates = findDates(doc, lang, DAY);
  return findCommitments(doc, matchTracks(doc), dates, DAY, eventDateOf(dates, DAY)).map(
    (c) => `${c.status} ${c.legalForm ?? "-"}${c.effectiveOn ? ` ${c.effectiveOn}` : ""}`,
  );
}
const firm = (lang: string, text: string) => read(lang, text).filter((c) => /^(signed|ratified|in_force) /.test(c));

describe("a signing told by a noun that its predicate plans", () => {
  it.for([
    ["en", "The signing of an agreement on fisheries between Ghana and Togo is planned for next year."],
    ["fr", "La signature d'un accord sur la pêche entre le Mali et le Niger est prévue l'an prochain."],
    ["it", "La firma di un accordo sulla pesca tra Italia e Albania è prevista per il prossimo anno."],
    ["es", "La firma de un acuerdo de pesca entre Perú y Chile está prevista para el próximo año."],
    ["pt", "A assinatura de um acordo de pesca entre Angola e Namíbia está agendada para o próximo ano."],
    ["de", "Die Unterzeichnung eines Abkommens über Fischerei zwischen Österreich und Chile ist für 2027 geplant."],
    ["ru", "Подписание соглашения о рыболовстве и защите ресурсов между Казахстаном и Египтом запланировано на осень."],
    ["ar", "توقيع اتفاقية للصيد البحري بين تونس وليبيا مقرر خلال الخريف."],
  ])("%s: no signature", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual([]);
  });

  it("a signing noun with no planning word stays a signature", ({ expect }) => {
    expect(firm("it", "Momento centrale della visita la firma di un memorandum d'intesa tra i due ministeri.")).toEqual(
      ["signed memorandum"],
    );
  });
});

describe("an Arabic entry into force with the future prefix, its subject between", () => {
  // The earlier sentence's folded letters (hamza, shadda) shift the matching form's offsets from the text's.
  it("is no entry into force", ({ expect }) => {
    const text =
      "أكّد الوزيران أهمية الإعفاء من التأشيرات. " +
      "وستدخل اتفاقية الإعفاء من التأشيرات، التي وقعها البلدان في أنقرة في مارس الماضي، حيز التنفيذ قريبا.";
    expect(read("ar", text).filter((c) => c.startsWith("in_force"))).toEqual([]);
  });
});

describe("a ratification whose instrument takes effect later", () => {
  it.for([
    [
      "fr",
      "Le Parlement du Mali a ratifié l'accord sur la protection des investissements ; il entrera en vigueur le 1er janvier 2027.",
    ],
    [
      "pt",
      "O parlamento senegalês aprovou a ratificação do acordo de transporte aéreo, que entrará em vigor em 1 de janeiro de 2027.",
    ],
    [
      "de",
      "Der Nationalrat hatte bereits im Mai das Abkommen zur Vermeidung der Doppelbesteuerung ratifiziert; es tritt am 1. Januar 2027 in Kraft.",
    ],
  ])("%s: ratified, effective then", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["ratified agreement 2027-01-01"]);
  });
});

describe("a signature the report leads with, before an older instrument's ratification", () => {
  it("is the day's news, not the ratified instrument's earlier step", ({ expect }) => {
    const text =
      "Le Mali et le Niger ont signé jeudi deux accords, l'un sur la santé, l'autre sur la formation des diplomates. " +
      "Le Parlement du Niger a ratifié le 2 juillet l'accord sur la protection des investissements signé en 2023.";
    const got = firm("fr", text);
    expect(got.filter((c) => c.startsWith("ratified"))).toHaveLength(1);
    expect(got.filter((c) => c.startsWith("signed")).length).toBeGreaterThanOrEqual(1);
  });
});

describe("a form that introduces its track across a short phrase", () => {
  it.for([
    ["en", "Ghana and Togo signed an agreement on the avoidance of double taxation and a memorandum on fisheries."],
    ["ru", "Гана и Того подписали соглашение об избежании двойного налогообложения и меморандум о рыболовстве."],
  ])(
    "%s: the track keeps the form before it, not the memorandum across the conjunction",
    ([lang, text], { expect }) => {
      const doc = prepare(text ?? "");
      const dates = findDates(doc, lang ?? "", DAY);
      const taxed = findCommitments(doc, matchTracks(doc), dates, DAY, eventDateOf(dates, DAY)).find(
        (c) => c.track === "double-taxation",
      );
      expect(taxed?.legalForm).toBe("agreement");
    },
  );
});
