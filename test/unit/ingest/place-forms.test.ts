import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { placesAre } from "./place-sentence";

// FICTIONAL sentences written for this test: capitals written in a language's other current spellings (Brazilian
// and European Portuguese, older French and German forms) or in the Russian cases that do not follow the
// nominative's ending (plural "Афины" → "в Афинах", neuter "Сараево" → "в Сараеве").

describe("a capital in each language's spellings and cases", () => {
  placesAre([
    ["fr", "Les ministres se sont rencontrés mardi à Tananarive pour parler de vanille.", "Antananarivo"],
    ["fr", "Les ministres se sont rencontrés mardi à Djakarta pour parler d'huile de palme.", "Jakarta"],
    ["es", "Los cancilleres se reunieron el martes en Abuya para hablar de petróleo.", "Abuja"],
    ["pt", "Os ministros reuniram-se na terça-feira em Bagdade para falar de petróleo.", "Baghdad"],
    ["pt", "Os presidentes se reuniram na terça-feira em Madri para falar de comércio.", "Madrid"],
    ["pt", "Os ministros reuniram-se na terça-feira em Camberra para falar de minérios.", "Canberra"],
    ["pt", "Os ministros reuniram-se na terça-feira em Otava para falar de energia.", "Ottawa"],
    ["pt", "Os ministros reuniram-se na terça-feira em Bamaco para falar de segurança.", "Bamako"],
    ["de", "Die Außenminister trafen sich am Dienstag in Eriwan zu Gesprächen.", "Yerevan"],
    ["ru", "Министры иностранных дел встретились во вторник в Афинах.", "Athens"],
    ["ru", "Министры иностранных дел встретились во вторник в Сараеве.", "Sarajevo"],
    ["ru", "Министры иностранных дел Казахстана и Кыргызстана встретились во вторник в Алма-Ате.", "Almaty"],
  ]);
});

// FICTIONAL sentences: Arabic writes Amman and Oman alike but for Amman's doubled mim ("عمّان" / "عُمان").
describe("Amman told from Oman by its shadda", () => {
  it.for([
    ["وقع رئيسا وزراء الأردن والعراق في عمّان يوم الأحد مذكرة تفاهم للتعاون في الطاقة.", "Amman"],
    ["استقبل العاهل الأردني بعمّان يوم الأحد رئيس الوزراء العراقي لبحث التعاون.", "Amman"],
    ["وقع وزيرا خارجية الأردن وعُمان يوم الأحد مذكرة تفاهم للتعاون في الطاقة.", null],
  ] as const)("%s → %s", async ([text, want], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-18" })).place ?? null).toBe(want);
  });
});
