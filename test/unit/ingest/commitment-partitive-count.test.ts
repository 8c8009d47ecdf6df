/**
 * A count an instrument is named as one of ("the first of the 13 agreements signed", "o primeiro dos 13 acordos", "el
 * primero de los 13 acuerdos", "le premier des 13 accords", "первого из 13 соглашений") is the batch it belongs to,
 * not the lead's count told again: the batch keeps the rest beside it (before, the batch gave way and only the
 * named instrument was left). Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const REPORTS = [
  "en Portugal and Brazil signed 13 agreements on Saturday.\nThe ceremony opened with the signing of the agreement on health, the first of the 13 agreements signed.",
  "pt Portugal e o Brasil assinaram este sábado 13 acordos.\nA cerimónia abriu com a assinatura do acordo sobre saúde, o primeiro dos 13 acordos firmados.",
  "es Portugal y Brasil firmaron el sábado 13 acuerdos.\nLa ceremonia se abrió con la firma del acuerdo sobre salud, el primero de los 13 acuerdos firmados.",
  "fr Le Portugal et le Brésil ont signé samedi 13 accords.\nLa cérémonie s'est ouverte par la signature de l'accord sur la santé, le premier des 13 accords signés.",
  "ru Португалия и Бразилия подписали в субботу 13 соглашений.\nЦеремония открылась подписанием соглашения о здравоохранении, первого из 13 подписанных соглашений.",
];

describe("an instrument named as one of a count", () => {
  it.for(REPORTS)("%s → 13 in all, the named one apart", (line, { expect }) => {
    const firm = commitmentsOf(line.slice(0, 2), line.slice(3)).filter((c) => c.status === "signed");
    expect(firm.reduce((n, c) => n + (c.instruments ?? 1), 0)).toBe(13);
    expect(firm.map((c) => c.sector)).toContain("health");
  });
});
