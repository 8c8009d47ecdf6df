import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. A signing noun that opens its sentence under a predicate putting it on
// an agenda or a programme ("is also on the agenda", "figure au programme", "steht auf der Tagesordnung"), or putting
// it off ("was postponed", "verschiebt sich"), and a German signing noun under a future or modal verb ("werde für die
// Unterzeichnung … reisen") tell a plan, not a signature; a year told as the signing's time before the instrument
// ("signed in 2019 an agreement") dates an older instrument and no longer hides it. Guards: a signing done in the same
// sentence, or another clause's agenda, keeps its signature. Each is a report published on Wednesday 11 March 2026;
// its signed, ratified or in-force commitments as [status, legal form, signedOn], one per instrument.
type Firm = readonly [string, string | null, string | null];
const CASES: readonly (readonly [string, string, readonly Firm[]])[] = [
  [
    "q01",
    "The signing of a memorandum of understanding between Ghana and Togo on fisheries, ports and shipping is also on the agenda.",
    [],
  ],
  ["q02", "La signature d'un accord entre le Bénin et le Niger sur la pêche figure au programme de la visite.", []],
  [
    "q03",
    "La firma de un memorando entre Perú y Bolivia sobre pesca, puertos y transporte marítimo también figura en la agenda.",
    [],
  ],
  ["q04", "La firma di un accordo tra Italia e Albania sulla pesca è anche in programma.", []],
  ["q05", "A assinatura de um memorando entre Angola e Moçambique sobre pesca também consta da agenda.", []],
  [
    "q06",
    "Die Unterzeichnung eines Abkommens zwischen Österreich und Ungarn über Fischerei steht ebenfalls auf der Tagesordnung.",
    [],
  ],
  ["q07", "Подписание соглашения между Казахстаном и Монголией о рыболовстве также стоит в повестке дня.", []],
  ["q08", "The signing of the agreement between Ghana and Togo on road transport was postponed to June.", []],
  ["q09", "La firma del acuerdo de transporte entre Perú y Bolivia fue aplazada hasta junio.", []],
  [
    "q10",
    "Der Minister werde für die Unterzeichnung des Abkommens zwischen Österreich und Ungarn eigens nach Wien reisen.",
    [],
  ],
  [
    "q11",
    "Ghana and Togo signed a memorandum on fisheries on Monday. Trade is also on the agenda.",
    [["signed", "memorandum", "2026-03-09"]],
  ],
  [
    "q12",
    "The signing of the agreement between Ghana and Togo on road transport took place on Monday in Accra, and security is also on the agenda.",
    [["signed", "agreement", "2026-03-09"]],
  ],
  [
    "q13",
    "Le Bénin et le Niger ont signé en mai 2019 un accord sur le transport routier.",
    [["signed", "agreement", null]],
  ],
  ["q14", "Officials of Ghana and Togo recalled the 2007 declaration on border trade.", []],
  [
    "q15",
    "Nach der Unterzeichnung des Abkommens zwischen Österreich und Ungarn am Montag reiste der Minister nach Wien.",
    [["signed", "agreement", "2026-03-09"]],
  ],
  [
    "q16",
    "Bei der Unterzeichnung des Abkommens zwischen Österreich und Ungarn am Montag wurde auch über Energie gesprochen.",
    [["signed", "agreement", "2026-03-09"]],
  ],
  [
    "q17",
    "Ghana and Togo signed in 2019 an agreement on road transport, the ministers recalled.",
    [["signed", "agreement", null]],
  ],
  [
    "q18",
    "Perú y Bolivia firmaron en mayo de 2019 un acuerdo de transporte por carretera.",
    [["signed", "agreement", null]],
  ],
  [
    "q19",
    "The agenda of the visit is on the programme: Ghana and Togo signed on Monday an agreement on road transport.",
    [["signed", "agreement", "2026-03-09"]],
  ],
  [
    "q22",
    "La firma del acuerdo de transporte entre Perú y Bolivia se realizó el lunes, y la pesca también figura en la agenda.",
    [["signed", "agreement", "2026-03-09"]],
  ],
];

describe("a signing on the agenda, put off or still ahead is planned; a signing's year keeps its instrument", () => {
  it.for(CASES)("%s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm", "signedOn"]);
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
