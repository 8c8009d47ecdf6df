/**
 * A sentence that opens on words joining instruments to the list of several told before ("A esa lista se sumaron…", "To this
 * list were added…", "À cette liste s'ajoutent…", "Hinzu kamen…") names more of the instruments signed there, with no
 * signing verb of its own; in the present ("Hinzu kommen…") they may still be ahead, and nothing is lent (sentences
 * written for this project, FICTIONAL).
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

const JOINED = [
  "es Perú y Chile firmaron el lunes en Lima dos acuerdos sobre pesca y comercio. A esa lista se sumaron un convenio sobre turismo y un memorando sobre salud.",
  "en Peru and Chile signed two agreements on fisheries and trade in Lima on Monday. To this list were added a convention on tourism and a memorandum on health.",
  "fr Le Pérou et le Chili ont signé lundi à Lima deux accords sur la pêche et le commerce. À cette liste se sont ajoutés une convention sur le tourisme et un mémorandum sur la santé.",
  "de Peru und Chile unterzeichneten am Montag in Lima zwei Abkommen über Fischerei und Handel. Hinzu kamen ein Übereinkommen über Tourismus und ein Memorandum über Gesundheit.",
].map((line) => [line, ["signed agreement", "signed agreement", "signed agreement", "signed memorandum"]] as const);

/** Joined in the present, the instruments may still be ahead ("Hinzu kommen … die im Herbst folgen sollen"). */
const AHEAD = [
  [
    "de Peru und Chile unterzeichneten am Montag in Lima zwei Abkommen über Fischerei und Handel. Hinzu kommen zwei Abkommen über Tourismus, die im Herbst folgen sollen.",
    ["signed agreement", "signed agreement"],
  ],
] as const;

describe("instruments joined to the list of those signed before", () => {
  itSigns(JOINED);
  itSigns(AHEAD);
});
