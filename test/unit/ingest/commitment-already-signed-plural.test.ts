/**
 * An uncounted plural of instruments told as signed before the happening (sentences written for this project,
 * FICTIONAL): "reviewed the implementation of the agreements already signed by the two countries", "les accords
 * déjà signés", "уже подписанных соглашений" names the relationship's older instruments, no signing of the report.
 * Before, each became a signed agreement dated by the report. "Already" before the form tells the report's own
 * signing ("ont déjà signé lundi des accords") and keeps it.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const EARLIER: readonly string[] = [
  "en The joint commission of Benin and Congo reviewed the implementation of the agreements already signed by the two countries.",
  "fr Les travaux de la commission mixte entre le Bénin et le Congo ont permis de faire le bilan de la mise en œuvre des accords déjà signés par les deux pays.",
  "es La comisión mixta de Perú y Chile hizo balance de la aplicación de los acuerdos ya firmados por los dos países.",
  "it La commissione mista di Italia e Tunisia ha fatto il punto sugli accordi già firmati dai due Paesi.",
  "pt A comissão mista de Angola e Namíbia avaliou a execução dos acordos já assinados pelos dois países.",
  "ru Комиссия Бенина и Конго подвела итоги выполнения уже подписанных соглашений.",
];

const TODAY: readonly string[] = [
  "fr Le Sénégal et le Mali ont déjà signé lundi des accords sur la pêche et le commerce.",
  "es Perú y Chile ya firmaron el lunes acuerdos sobre pesca y comercio.",
];

describe("a plural of instruments already signed before the happening", () => {
  it.for(EARLIER)("%s → nothing signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual([]);
  });
  it.for(TODAY)("%s → two signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement", "signed agreement"]);
  });
});
