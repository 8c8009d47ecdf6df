import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A report on something else (a vote at the United Nations, a national
// budget) names two countries together once after its opening, for what each did or for a past deal ("Russia and
// China abstained", "agreed by Kazakhstan and China in 2023"). With no meeting or signing said of them, and an
// opening that names at most one of them, they are no pair of the report.
const pairsOf = (text: string) => pairKeysOf(text, "2026-05-12");

const PASSING: readonly (readonly [string, string])[] = [
  [
    "en",
    "The UN Security Council adopted on Monday a resolution extending the peacekeeping mission in South Sudan for another year. Thirteen members voted in favour, while Russia and China abstained. The mission has about 17,000 troops.",
  ],
  [
    "fr",
    "Le Conseil de sécurité de l'ONU a adopté lundi une résolution prolongeant d'un an la mission de maintien de la paix au Soudan du Sud. Treize membres ont voté pour, tandis que la Russie et la Chine se sont abstenues. La mission compte environ 17 000 soldats.",
  ],
  [
    "it",
    "Il Parlamento del Kazakhstan ha approvato martedì il bilancio 2027 dopo due giorni di dibattito. Il bilancio comprende fondi per la nuova ferrovia verso il confine cinese, concordata da Kazakhstan e Cina nel 2023, e per tre ospedali nel sud. Il ministro delle Finanze ha detto che il deficit scenderà al 2 per cento del PIL.",
  ],
  [
    "es",
    "El Consejo de Seguridad de la ONU aprobó el lunes una resolución que prorroga un año la misión de paz en Sudán del Sur. Trece miembros votaron a favor, mientras que Rusia y China se abstuvieron. La misión cuenta con unos 17.000 efectivos.",
  ],
  [
    "pt",
    "O Parlamento do Cazaquistão aprovou na terça-feira o orçamento de 2027 após dois dias de debate. O orçamento inclui verbas para a nova ferrovia até a fronteira chinesa, acordada pelo Cazaquistão e pela China em 2023, e para três hospitais no sul. O ministro das Finanças disse que o défice cairá para 2 por cento do PIB.",
  ],
  [
    "de",
    "Der Bundestag hat am Dienstag den Haushalt für 2027 beschlossen. Er enthält Mittel für die Unterstützung der Ukraine und für die Bundeswehr. Der Finanzminister sagte, Deutschland und Frankreich würden ihre Verteidigungsausgaben weiter erhöhen.",
  ],
  [
    "ru",
    "Совет Безопасности ООН в понедельник принял резолюцию о продлении на год миротворческой миссии в Южном Судане. Тринадцать членов проголосовали за, а Россия и Китай воздержались. Численность миссии составляет около 17 тысяч военнослужащих.",
  ],
  [
    "ar",
    "أقر البرلمان الجزائري يوم الثلاثاء قانون المالية لسنة 2027. ويتضمن القانون اعتمادات لمشروع أنبوب الغاز نحو إيطاليا الذي اتفقت عليه الجزائر وإيطاليا في 2022. وقال وزير المالية إن العجز سيتراجع.",
  ],
];

describe("two countries joined in passing after the opening make no pair", () => {
  it.for(PASSING)("%s", async ([, text], { expect }) => {
    expect(await pairsOf(text)).toEqual([]);
  });
});
