/**
 * The procedures a party completes for an instrument to enter into force ("completed the internal procedures
 * necessary for the entry into force of the agreement", "ont achevé les procédures internes nécessaires à l'entrée en
 * vigueur", "استكملت … الإجراءات الداخلية اللازمة لدخول الاتفاقية حيز التنفيذ") are the parties' ratification: the
 * instrument is ratified, not in force, and the day of the report is no entry into force. Still to do, they tell no
 * status, and so they do under a negation or a future. Only the noun of entry joined to them by a word of purpose
 * ("necessary for the") is read so: an entry into force told for itself stays one (FICTIONAL sentences written for
 * this project).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const COMPLETED: readonly (readonly [string, string])[] = [
  [
    "en",
    "Indonesia and the Philippines on Saturday welcomed the completion of their domestic requirements for the entry into force of the agreement on their maritime boundary.",
  ],
  [
    "fr",
    "Le Sénégal et la Mauritanie ont achevé les procédures internes nécessaires à l'entrée en vigueur de l'accord sur la pêche.",
  ],
  [
    "es",
    "Chile y Perú concluyeron los procedimientos internos necesarios para la entrada en vigor del acuerdo de pesca.",
  ],
  ["pt", "Angola e Namíbia concluíram os procedimentos internos necessários à entrada em vigor do acordo de pesca."],
  [
    "it",
    "Italia e Tunisia hanno completato le procedure interne necessarie per l'entrata in vigore dell'accordo sulla pesca.",
  ],
  [
    "de",
    "Österreich und Ghana haben die innerstaatlichen Verfahren für das Inkrafttreten des Abkommens über die Fischerei abgeschlossen.",
  ],
  [
    "ru",
    "Армения и Грузия завершили внутригосударственные процедуры, необходимые для вступления в силу соглашения о рыболовстве.",
  ],
  ["ar", "استكملت مصر والأردن الإجراءات الداخلية اللازمة لدخول اتفاقية الصيد حيز التنفيذ."],
];

const TO_DO: readonly (readonly [string, string])[] = [
  [
    "en",
    "Indonesia and the Philippines will now carry out the domestic procedures for the entry into force of the agreement on their maritime boundary.",
  ],
  [
    "fr",
    "Le Sénégal et la Mauritanie doivent encore mener les procédures internes nécessaires à l'entrée en vigueur de l'accord sur la pêche.",
  ],
];

// A negation or a future governs the completion: nothing is done yet.
const NOT_DONE: readonly (readonly [string, string])[] = [
  [
    "en",
    "Indonesia and the Philippines have not yet completed the domestic procedures necessary for the entry into force of the maritime boundary agreement.",
  ],
  [
    "fr",
    "Le Sénégal et la Mauritanie n'ont pas encore achevé les procédures internes nécessaires à l'entrée en vigueur de l'accord sur la pêche.",
  ],
];

// An entry into force told for itself: after the procedures, by its verb, or of an agreement about procedures.
const IN_FORCE: readonly (readonly [string, string])[] = [
  [
    "en",
    "After the completion of the internal procedures, the agreement on fisheries between Senegal and Mauritania entered into force on Monday.",
  ],
  ["en", "The agreement between Senegal and Mauritania on simplified customs procedures entered into force on Monday."],
  ["ar", "دخلت الاتفاقية المبرمة بين المغرب وكازاخستان بشأن تبسيط الإجراءات الجمركية حيز التنفيذ يوم الاثنين."],
  [
    "en",
    "The agreement on fisheries between Senegal and Mauritania entered into force on Monday, after both sides completed their procedures.",
  ],
  [
    "fr",
    "L'accord sur la pêche entre le Sénégal et la Mauritanie est entré en vigueur lundi, une fois les procédures achevées.",
  ],
];

describe("procedures for an entry into force", () => {
  it.for(COMPLETED)("%s: completed, they ratify (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["ratified agreement"]);
  });
  it.for(TO_DO)("%s: still to do, no status (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
  it.for(NOT_DONE)("%s: not done yet, no status (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
  it.for(IN_FORCE)("%s: an entry into force told for itself stays one (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["in_force agreement"]);
  });
});
