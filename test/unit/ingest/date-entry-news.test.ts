import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL pages and sentences in the project's words; each fails without the rule its test names.

describe("an entry into force the lead tells, below the page's date line, is the report's event", () => {
  // A ministry's page: its name and links, then the release's date line, headline and lead. Published on the 21st.
  eventOnEach(
    [
      [
        "de",
        "Ministerium für Finanzen\n\nWeitere Dokumente\n\nDen Text des Abkommens finden Sie auf der Seite der Steuerbehörde.\n\nMedienmitteilungen\n\nMitteilung vom 21. März 2026\n\nSteuerabkommen mit Kenia tritt in Kraft\n\nNach dem Austausch der Ratifikationsurkunden ist am 17. März 2026 das Doppelbesteuerungsabkommen zwischen Ghana und Kenia in Kraft getreten.",
      ],
      [
        "en",
        "Ministry of Finance\n\nRelated documents\n\nThe text of the agreement is on the tax authority's site.\n\nPress releases\n\nRelease of 21 March 2026\n\nTax treaty with Kenya in force\n\nAfter both sides exchanged their instruments of ratification, the double taxation agreement between Ghana and Kenya entered into force on 17 March 2026.",
      ],
    ],
    "2026-03-21T10:00:00Z",
    "2026-03-17",
    (a, expect) =>
      expect(a.commitments.filter((c) => c.status === "in_force").map((c) => c.effectiveOn)).toContain("2026-03-17"),
  );
});

describe("instruments signed 'since then' or 'so far' are not signed on the report's day", () => {
  // Published on Wednesday 11 March 2026: the talks were on Monday the 9th.
  eventOnEach(
    [
      [
        "en",
        "Ghana and Kenya held talks in Accra on Monday. Since then, three more agreements between Ghana and Kenya have been signed.",
      ],
      [
        "de",
        "Ghana und Kenia haben am Montag in Accra verhandelt. Seither wurden drei weitere Abkommen zwischen Ghana und Kenia unterzeichnet.",
      ],
      [
        "es",
        "Ghana y Kenia mantuvieron conversaciones en Accra el lunes. Desde entonces, Ghana y Kenia han firmado tres acuerdos más.",
      ],
    ],
    "2026-03-11T10:00:00Z",
    "2026-03-09",
    (a, expect) => {
      expect(a.commitments.length).toBeGreaterThan(0);
      for (const c of a.commitments) expect(c.signedOn ?? null).toBeNull();
    },
  );
});

describe("with no publication date, an entry into force the lead tells as past is the report's event", () => {
  eventOnEach(
    [
      [
        "de",
        "Abkommen zwischen Ghana und Kenia\n\nDas neue Investitionsschutzabkommen zwischen Ghana und Kenia ist mit Wirkung vom 17. März 2026 in Kraft getreten. Beide Staaten haben dies durch einen Notenwechsel bestätigt.",
      ],
      [
        "en",
        "Ghana–Kenya agreement\n\nThe new investment protection agreement between Ghana and Kenya entered into force on 17 March 2026. Both states confirmed it by an exchange of notes.",
      ],
    ],
    undefined,
    "2026-03-17",
  );
});
