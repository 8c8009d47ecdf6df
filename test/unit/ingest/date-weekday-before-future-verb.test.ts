import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words. Russian tells the future with a perfective verb in the present form
// ("подпишут", "выступят", "обсудят", "примут"): a weekday before one is a coming day, not a past one, and the
// report's own day is the briefing's. Published on Tuesday 17 March 2026: Thursday is the 19th, not the 12th.
describe("a weekday before a Russian perfective future is a coming day", () => {
  eventOnEach(
    [
      [
        "ru",
        "МОСКВА, 17 марта. Помощник президента провёл брифинг. Президенты двух стран по итогам переговоров в четверг подпишут декларацию о партнёрстве.",
      ],
      [
        "ru",
        "МОСКВА, 17 марта. Помощник президента провёл брифинг. В четверг лидеры выступят с заявлением для прессы.",
      ],
      [
        "ru",
        "МОСКВА, 17 марта. Помощник президента провёл брифинг. В четверг министры обсудят торговлю и примут совместное заявление.",
      ],
    ],
    "2026-03-17T10:00:00Z",
    "2026-03-17",
    (a, expect) => {
      expect(a.dates.map((d) => d.date)).not.toContain("2026-03-12");
    },
  );
});

// …while elsewhere a weekday closing a participle's phrase is that phrase's: "the agreement signed on Tuesday will
// open…" dates the signing (Tuesday 10 March, published Thursday 12 March 2026).
describe("a weekday of a participle before the main clause's future stays the participle's", () => {
  eventOnEach(
    [
      [
        "en",
        "The air services agreement Ghana and Kenya signed on Tuesday will open direct flights between Accra and Nairobi.",
      ],
      [
        "es",
        "El acuerdo de servicios aéreos que Perú y Chile firmaron el martes permitirá abrir vuelos directos entre Lima y Santiago.",
      ],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-10",
  );
});
