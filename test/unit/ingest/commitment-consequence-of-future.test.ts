/**
 * An entry into force told as the consequence of a step still ahead is planned, not in force ("Heute werden die
 * Minister das Protokoll unterschreiben; damit tritt der Vertrag in Kraft", "will sign the protocol, whereupon the
 * treaty enters into force"), and so is one after a condition still to be met ("Sobald das Protokoll unterschrieben
 * ist, tritt der Vertrag in Kraft", "Once ratified, …"); the same consequence of a step done stays in force. Sentences in our own words, through
 * findCommitments.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const AHEAD: Record<string, string> = {
  en: "The two ministers will sign the protocol on the exchange of instruments today, whereupon the friendship treaty enters into force.",
  de: "Heute werden die beiden Außenminister das Protokoll unterschreiben; damit tritt der Freundschaftsvertrag in Kraft.",
  fr: "Les deux ministres signeront aujourd'hui le protocole d'échange des instruments ; ainsi le traité d'amitié entre en vigueur.",
  es: "Los dos ministros firmarán hoy el protocolo de canje de instrumentos, con lo cual el tratado de amistad entra en vigor.",
  ru: "Сегодня министры будут подписывать протокол об обмене ратификационными грамотами, тем самым договор о дружбе вступает в силу.",
};
/** A sentence opening on a condition still to be met ("Sobald…", "Once…", "Dès que…"): what follows is ahead too. */
const ONCE: Record<string, string> = {
  de: "Sobald das Protokoll unterschrieben ist, tritt der Freundschaftsvertrag in Kraft.",
  en: "Once ratified by both parliaments, the friendship treaty enters into force.",
  fr: "Dès que le protocole sera signé, le traité d'amitié entre en vigueur.",
  es: "Tan pronto como se firme el protocolo, el tratado de amistad entra en vigor.",
  "de-after": "Der Freundschaftsvertrag tritt in Kraft, sobald er unterzeichnet ist.",
  "en-after": "The friendship treaty enters into force once ratified by both parliaments.",
  "ar-after": "ووقع البلدان يوم الأحد معاهدة الصداقة، على أن تدخل حيز التنفيذ فور مصادقة البرلمانين عليها.",
};
const DONE: Record<string, string> = {
  en: "The two ministers signed the protocol on the exchange of instruments today, whereupon the friendship treaty entered into force.",
  de: "Heute wurde das Protokoll unterzeichnet; damit tritt der Freundschaftsvertrag in Kraft.",
  "de-past":
    "Der Freundschaftsvertrag ist in Kraft getreten, sobald beide Staaten im Januar die Ratifikation abgeschlossen hatten.",
  "en-past": "Once ratified by both parliaments, the friendship treaty entered into force in May.",
};

describe("an entry into force as the consequence of a step ahead", () => {
  for (const [lang, text] of Object.entries(AHEAD)) {
    it(`${lang}: nothing in force`, ({ expect }) => {
      expect(firmCommitments(lang, text).filter((c) => c.startsWith("in_force"))).toEqual([]);
    });
  }
  for (const [key, text] of Object.entries(ONCE)) {
    it(`${key}: a condition ahead, nothing in force`, ({ expect }) => {
      expect(firmCommitments(key.slice(0, 2), text).filter((c) => c.startsWith("in_force"))).toEqual([]);
    });
  }
  for (const [key, text] of Object.entries(DONE)) {
    it(`${key}: a step done leaves it in force`, ({ expect }) => {
      expect(firmCommitments(key.slice(0, 2), text).filter((c) => c.startsWith("in_force"))).toEqual([
        "in_force treaty",
      ]);
    });
  }
});
