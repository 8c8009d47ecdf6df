/**
 * "Among the agreements" after a counted batch (sentences written for this project, FICTIONAL): a sentence that
 * opens on "Entre los acuerdos", "Parmi les accords", "Tra gli accordi", "Unter den Abkommen", "Среди соглашений",
 * "ومن بين الاتفاقيات" or the Arabic "كما شملت" (it also included) names instruments of the batch signed before.
 * The form word of the phrase points back to that batch: it names no instrument of its own, nor the kind of the
 * first one listed, so the batch keeps its other instruments and the named one is a memorandum.
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

const BATCH_THEN_ONE = [
  "es Chile y Perú firmaron nueve acuerdos el lunes en Lima. Entre los acuerdos figura un memorando de entendimiento sobre pesca artesanal.",
  "fr Le Bénin et le Niger ont signé neuf accords lundi à Niamey. Parmi les accords figure un mémorandum d'entente sur la pêche artisanale.",
  "it Italia e Tunisia hanno firmato nove accordi lunedì a Tunisi. Tra gli accordi figura un memorandum d'intesa sulla pesca artigianale.",
  "pt Angola e Namíbia assinaram nove acordos na segunda-feira em Luanda. Entre os acordos figura um memorando de entendimento sobre pesca artesanal.",
  "de Chile und Peru unterzeichneten am Montag in Lima neun Abkommen. Unter den Abkommen ist ein Memorandum über die handwerkliche Fischerei.",
  "ru Чили и Перу подписали в понедельник в Лиме девять соглашений. Среди соглашений — меморандум о сотрудничестве в области рыболовства.",
  "ar وقعت تشيلي والبيرو تسع اتفاقيات يوم الاثنين في ليما. ومن بين الاتفاقيات مذكرة تفاهم بشأن الصيد الحرفي.",
  "ar وقعت تشيلي والبيرو تسع اتفاقيات يوم الاثنين في ليما. كما شملت مذكرة تفاهم بشأن الصيد الحرفي.",
].map((line) => [line, ["signed agreement", "signed memorandum"]] as const);

describe("a sentence opening on 'among the agreements' names instruments of the batch before", () => {
  itSigns(BATCH_THEN_ONE);
});
