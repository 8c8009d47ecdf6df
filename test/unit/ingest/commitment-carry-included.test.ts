/**
 * "The agreements included …" after a counted batch, in Arabic (sentences written for this project, FICTIONAL):
 * a sentence that opens on 'وشملت الاتفاقيات', 'وتضمنت الاتفاقيات', 'وضمت الاتفاقيات' or 'وشملت الوثائق' names
 * instruments of the batch signed before, as "كما شملت" and "ومن بين الاتفاقيات" do. Its form word points back to
 * the batch and names no instrument of its own.
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

const BATCH_THEN_ONE = [
  "ar وقعت تشيلي والبيرو تسع اتفاقيات يوم الاثنين في ليما. وشملت الاتفاقيات مذكرة تفاهم بشأن الصيد الحرفي.",
  "ar وقعت تشيلي والبيرو تسع اتفاقيات يوم الاثنين في ليما. وتضمنت الاتفاقيات مذكرة تفاهم بشأن الصيد الحرفي.",
  "ar وقعت تشيلي والبيرو تسع اتفاقيات يوم الاثنين في ليما. وضمت الاتفاقيات مذكرة تفاهم بشأن الصيد الحرفي.",
].map((line) => [line, ["signed agreement", "signed memorandum"]] as const);

/** A batch of documents of no form, then one agreement among them. */
const DOCUMENTS_THEN_ONE = [
  "ar وقعت تشيلي والبيرو تسع وثائق يوم الاثنين في ليما. وشملت الوثائق اتفاقية بشأن الصيد الحرفي.",
].map((line) => [line, ["signed -", "signed agreement"]] as const);

/** Two memoranda told apart by "the first … the other …" inside such a sentence. */
const BATCH_THEN_TWO = [
  "ar وقعت تشيلي والبيرو تسع اتفاقيات يوم الاثنين في ليما. وشملت الاتفاقيات مذكرتي تفاهم، الأولى بشأن الصيد الحرفي والأخرى بشأن السياحة.",
].map((line) => [line, ["signed agreement", "signed memorandum", "signed memorandum"]] as const);

/**
 * Two sentences in a row that each open on such a phrase ("the agreements included …", "it also included …") list
 * instruments of the one batch: the first lists, it announces nothing, so its instruments stand even with no field
 * the lexicons know ("embassy premises"). The same holds in English and French.
 */
const TWO_LISTS = [
  [
    "ar وقعت تشيلي والبيرو تسع اتفاقيات يوم الاثنين في ليما. وشملت الاتفاقيات مذكرة تفاهم بشأن مباني السفارتين. كما شملت مذكرة تفاهم في مجال الثروة السمكية.",
    ["signed agreement", "signed memorandum", "signed memorandum"],
  ],
  [
    "en Chile and Peru signed nine agreements in Lima on Monday. Among them is a memorandum on embassy premises. Among them is also a memorandum on small-scale fishing.",
    ["signed agreement", "signed memorandum", "signed memorandum"],
  ],
] as const;

describe("a sentence opening on 'the agreements included' names instruments of the batch before", () => {
  itSigns(BATCH_THEN_ONE);
  itSigns(DOCUMENTS_THEN_ONE);
  itSigns(BATCH_THEN_TWO);
  itSigns(TWO_LISTS);
});
