/**
 * A signing told as probable right by its noun ("the likely signing", "la probable signature",
 * "вероятно подписание", "التوقيع المتوقع") is still ahead, and so is one named in an opening phrase ("Besides the
 * signing of…", "Outre la signature de…", "Помимо подписания…") whose main clause after the comma is in the future.
 * The same opening phrase before a main clause in the past is a signing done. Sentences in our own words, through
 * findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const LIKELY: Record<string, string[]> = {
  en: ["The ministers welcomed the likely signing of an agreement on air services."],
  fr: ["Les ministres ont salué la probable signature d'un accord sur les services aériens."],
  it: ["I ministri hanno salutato la probabile firma di un accordo sui servizi aerei."],
  es: ["Los ministros saludaron la probable firma de un acuerdo de servicios aéreos."],
  pt: ["Os ministros saudaram a provável assinatura de um acordo de serviços aéreos."],
  de: ["Die Minister begrüßten die wahrscheinliche Unterzeichnung eines Luftverkehrsabkommens."],
  ru: ["Кроме того, вероятно подписание соглашения о воздушном сообщении."],
  ar: ["ورحب الوزيران بالتوقيع المتوقع على اتفاقية للنقل الجوي."],
};

const OPENING_FUTURE: Record<string, string> = {
  en: "Besides the signing of an agreement on air services and fisheries between the two countries, the president will visit the national museum.",
  fr: "Outre la signature d'un accord sur les services aériens et la pêche entre les deux pays, le président visitera le musée national.",
  it: "Oltre alla firma di un accordo sui servizi aerei e sulla pesca tra i due Paesi, il presidente visiterà il museo nazionale.",
  es: "Además de la firma de un acuerdo de servicios aéreos y de pesca entre los dos países, el presidente visitará el museo nacional.",
  pt: "Além da assinatura de um acordo de serviços aéreos e de pescas entre os dois países, o presidente visitará o museu nacional.",
};

const OPENING_PAST: Record<string, string> = {
  en: "Besides the signing of an agreement on air services between the two countries, the president visited the national museum.",
  fr: "Outre la signature d'un accord sur les services aériens entre les deux pays, le président a visité le musée national.",
  it: "Oltre alla firma di un accordo sui servizi aerei tra i due Paesi, il presidente ha visitato il museo nazionale.",
  es: "Además de la firma de un acuerdo de servicios aéreos entre los dos países, el presidente visitó el museo nacional.",
  pt: "Além da assinatura de um acordo de serviços aéreos entre os dois países, o presidente visitou o museu nacional.",
};

describe("a signing told as likely or planned", () => {
  for (const [lang, texts] of Object.entries(LIKELY)) {
    it.for(texts)(`${lang}: nothing signed in %s`, (text, { expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
});

describe("a word of plan the future list holds", () => {
  // "Prevista" opening an elliptic sentence reaches the signing as a future word, words between (not only right by it).
  it.for([
    ["it", "Prevista inoltre la firma di nuovi accordi tra i due Paesi."],
    ["es", "Prevista además la firma de nuevos acuerdos entre los dos países."],
  ])("%s: nothing signed in %s", ([lang, text], { expect }) => {
    expect(firmInstruments(lang ?? "", text ?? "")).toBe(0);
  });
});

describe("a signing in an opening phrase", () => {
  for (const [lang, text] of Object.entries(OPENING_FUTURE)) {
    it(`${lang}: is ahead when the main clause is in the future`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(0);
    });
  }
  for (const [lang, text] of Object.entries(OPENING_PAST)) {
    it(`${lang}: is done when the main clause is in the past`, ({ expect }) => {
      expect(firmInstruments(lang, text)).toBe(1);
    });
  }
});
