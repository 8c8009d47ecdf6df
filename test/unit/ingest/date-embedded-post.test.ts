import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL reports in the project's words; each fails without the rule its test names.

describe("with no publication date, a bare weekday of the lead resolves against the day of a post the report embeds", () => {
  // No publication date. The post embedded below the lead is of Friday 13 March 2026, so "this Friday" is 13 March.
  eventOnEach(
    [
      [
        "en",
        "Ghana and Kenya sign three agreements\n\nThe presidents of Ghana and Kenya met this Friday in Accra and signed three agreements on trade.\n\nA new chapter for our two nations. pic.twitter.com/AbCdEf123 — Fixture President (@FixturePresident) March 13, 2026\n\nThe two leaders also discussed regional security.",
      ],
      [
        "fr",
        "Le Ghana et le Kenya signent trois accords\n\nLes présidents du Ghana et du Kenya se sont rencontrés ce vendredi à Accra et ont signé trois accords commerciaux.\n\nUn nouveau chapitre pour nos deux nations. pic.twitter.com/AbCdEf123 — Président Fictif (@PresidentFictif) March 13, 2026\n\nLes deux dirigeants ont aussi parlé de sécurité régionale.",
      ],
      [
        "es",
        "Ghana y Kenia firman tres acuerdos\n\nLos presidentes de Ghana y Kenia se reunieron este viernes en Accra y firmaron tres acuerdos comerciales.\n\nUn nuevo capítulo para nuestras dos naciones. pic.twitter.com/AbCdEf123 — Presidente Ficticio (@PresidenteFicticio) 13 de marzo de 2026\n\nLos dos mandatarios conversaron también sobre la seguridad regional.",
      ],
      [
        "pt",
        "Gana e Quénia assinam três acordos\n\nOs presidentes do Gana e do Quénia reuniram-se nesta sexta-feira em Acra e assinaram três acordos comerciais.\n\nUm novo capítulo para as nossas duas nações. pic.twitter.com/AbCdEf123 — Presidente Fictício (@PresidenteFicticio) March 13, 2026\n\nOs dois líderes falaram também da segurança regional.",
      ],
      [
        "it",
        "Ghana e Kenya firmano tre accordi\n\nI presidenti del Ghana e del Kenya si sono incontrati venerdì ad Accra e hanno firmato tre accordi commerciali.\n\nUn nuovo capitolo per le nostre due nazioni. pic.twitter.com/AbCdEf123 — Presidente Fittizio (@PresidenteFittizio) March 13, 2026\n\nI due leader hanno parlato anche di sicurezza regionale.",
      ],
      [
        "de",
        "Ghana und Kenia unterzeichnen drei Abkommen\n\nDie Präsidenten Ghanas und Kenias trafen sich am Freitag in Accra und unterzeichneten drei Handelsabkommen.\n\nEin neues Kapitel für unsere beiden Nationen. pic.twitter.com/AbCdEf123 — Fiktiver Präsident (@FiktiverPraesident) March 13, 2026\n\nDie beiden Präsidenten sprachen auch über regionale Sicherheit.",
      ],
      [
        "ru",
        "Гана и Кения подписали три соглашения\n\nПрезиденты Ганы и Кении встретились в пятницу в Аккре и подписали три торговых соглашения.\n\nНовая глава для наших двух народов. pic.twitter.com/AbCdEf123 — Fictional President (@FictionalPresident) March 13, 2026\n\nЛидеры также обсудили региональную безопасность.",
      ],
      [
        "ar",
        "غانا وكينيا توقعان ثلاث اتفاقيات\n\nالتقى رئيسا غانا وكينيا يوم الجمعة في أكرا ووقعا ثلاث اتفاقيات تجارية.\n\nفصل جديد لبلدينا. pic.twitter.com/AbCdEf123 — الرئيس الخيالي (@FictionalPresident) March 13, 2026\n\nوبحث الرئيسان أيضا الأمن الإقليمي.",
      ],
    ],
    undefined,
    "2026-03-13",
  );
});
