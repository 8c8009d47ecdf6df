import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A head of state receives another country's leader for a working dinner
// "on the eve of the summit" on another subject, and the next sentence says what "the two leaders" discussed. The
// summit only dates the visit: the leaders' own meeting is the report's, and it gives their pair.
const pairsOf = (text: string) => pairKeysOf(text, "2026-05-12");

const EVE: readonly (readonly [string, string, string])[] = [
  [
    "en",
    "The Chilean president received the Vietnamese prime minister for a working dinner in Santiago on Tuesday, on the eve of the summit on ocean protection. Both leaders discussed cooperation in fisheries and ports.",
    "CL-VN",
  ],
  [
    "fr",
    "Le président chilien a reçu mardi à Santiago le Premier ministre vietnamien pour un dîner de travail, à la veille du sommet sur la protection des océans. Les deux dirigeants ont évoqué la coopération dans la pêche et les ports.",
    "CL-VN",
  ],
  [
    "it",
    "Il presidente cileno ha ricevuto martedì a Santiago il primo ministro vietnamita per una cena di lavoro, alla vigilia del vertice sulla protezione degli oceani. Entrambi i leader hanno discusso la cooperazione nella pesca e nei porti.",
    "CL-VN",
  ],
  [
    "es",
    "El presidente chileno recibió el martes en Santiago al primer ministro vietnamita para una cena de trabajo, en vísperas de la cumbre sobre la protección de los océanos. Ambos líderes abordaron la cooperación en pesca y puertos.",
    "CL-VN",
  ],
  [
    "pt",
    "O presidente chileno recebeu na terça-feira em Santiago o primeiro-ministro vietnamita para um jantar de trabalho, na véspera da cúpula sobre a proteção dos oceanos. Ambos os líderes discutiram a cooperação na pesca e nos portos.",
    "CL-VN",
  ],
  [
    "de",
    "Der chilenische Präsident hat am Dienstag in Santiago den vietnamesischen Ministerpräsidenten zu einem Arbeitsessen empfangen, am Vorabend des Gipfels zum Schutz der Ozeane. Die beiden Politiker sprachen über die Zusammenarbeit bei Fischerei und Häfen.",
    "CL-VN",
  ],
  [
    "ru",
    "Президент Чили во вторник принял в Сантьяго премьер-министра Вьетнама на рабочем ужине накануне саммита по защите океанов. Оба лидера обсудили сотрудничество в рыболовстве и портовой сфере.",
    "CL-VN",
  ],
];

describe("a summit that only dates a leaders' meeting keeps their pair", () => {
  it.for(EVE)("%s", async ([, text, pair], { expect }) => {
    expect(await pairsOf(text)).toEqual([pair]);
  });
});
