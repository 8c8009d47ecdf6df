import { describe, it } from "vitest";
import { sectorsIn } from "../../helpers/sectors";

// FICTIONAL leads: a minister named by office receives an ambassador; the office names no subject of the meeting.
const OFFICE_ONLY = [
  [
    "en",
    "Morocco's Minister of Health, Amine Tahraoui, received the ambassador of Kazakhstan in Rabat on Monday.",
    "health",
  ],
  [
    "en",
    "The Agriculture Minister received the ambassador of Kazakhstan in Rabat on Monday.",
    "agriculture-food-security",
  ],
  ["fr", "Le ministre de l'Agriculture a reçu lundi à Rabat l'ambassadeur du Kazakhstan.", "agriculture-food-security"],
  ["es", "La ministra de Salud recibió el lunes en Lima al embajador de Chile.", "health"],
  ["pt", "O ministro da Saúde recebeu na segunda-feira em Luanda o embaixador de Portugal.", "health"],
  ["it", "Il ministro della Difesa ha ricevuto lunedì a Roma l'ambasciatore della Tunisia.", "security-defence"],
  ["ru", "Министр здравоохранения принял в понедельник в Ташкенте посла Казахстана.", "health"],
  ["de", "Der Verteidigungsminister empfing am Montag in Berlin den Botschafter Kasachstans.", "security-defence"],
  ["ar", "استقبل وزير الصحة يوم الاثنين في الرباط سفير كازاخستان.", "health"],
] as const;

describe("findSectors: a person's office alone gives no sector", () => {
  it.for(OFFICE_ONLY)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(sectorsIn(lang, text)).not.toContain(slug);
  });

  it.for([
    ["en", "The Minister of Health received the ambassador of Kazakhstan on Monday to discuss vaccines.", "health"],
    ["ru", "Министры обороны двух стран подписали программу военного сотрудничества.", "security-defence"],
    [
      "fr",
      "Le ministère de l'Agriculture et son homologue ont signé un accord à Rabat lundi.",
      "agriculture-food-security",
    ],
    ["de", "Der Außenminister empfing am Montag in Berlin den Botschafter Kasachstans.", "political-dialogue"],
    [
      "en",
      "The Minister of Foreign Affairs received the ambassador of Kazakhstan in Rabat on Monday.",
      "political-dialogue",
    ],
  ] as const)(
    "%s: the office with another mention, a ministry or an office of diplomacy still counts (%s)",
    ([lang, text, slug], { expect }) => {
      expect(sectorsIn(lang, text)).toContain(slug);
    },
  );
});
