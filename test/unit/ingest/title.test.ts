import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { splitHeadline } from "../../../src/ingest/recognize/title";

const body =
  "RABAT, 3 June 2025 – The two foreign ministers held talks in Rabat on Tuesday and agreed to meet again in the autumn. They reviewed trade and the joint commission.";

describe("splitHeadline", () => {
  it("takes a short first line without a final stop, followed by the body, as the headline", ({ expect }) => {
    expect(splitHeadline(`Morocco and Kazakhstan review their roadmap\n\n${body}`)).toEqual({
      headline: "Morocco and Kazakhstan review their roadmap",
      body,
    });
    expect(splitHeadline(`«المغرب وكازاخستان» يراجعان خارطة الطريق\n${body}`)?.headline).toBe(
      "«المغرب وكازاخستان» يراجعان خارطة الطريق",
    );
  });

  it("looks past a page's widgets (weather, exchange rates, a slogan in another script), however many", ({
    expect,
  }) => {
    // Our own lines: a weather strip, a rates strip and a Chinese slogan ("daily news") over the headline.
    const page = (lines: string[]) => `${lines.join("\n")}\n${body}`;
    const headline = "Morocco and Kazakhstan review their roadmap";
    expect(
      splitHeadline(page(["Tue, 3", "21°", "Wed, 4", "23°", "USD 0.92 +0.1%", "EUR 1.08 -0.2%", headline]))?.headline,
    ).toBe(headline);
    expect(splitHeadline(page(["每日新闻 · 东南亚", headline]))?.headline).toBe(headline);
    expect(
      splitHeadline(page(["ЦБ USD 91.40 0.12 03/06", "Марокко и Казахстан обновили дорожную карту"]))?.headline,
    ).toBe("Марокко и Казахстан обновили дорожную карту");
  });

  it("looks past a page's date line and a byline to the headline under them", ({ expect }) => {
    // Our own lines: a site prints the day, then the author, then the headline.
    const page = (lines: string[]) => `${lines.join("\n\n")}\n\n${body}`;
    expect(
      splitHeadline(page(["Tuesday, 3 June 2025", "Jane Roe", "Morocco and Kazakhstan review their roadmap"])),
    ).toEqual({
      headline: "Morocco and Kazakhstan review their roadmap",
      // The date line stays with the body as the page's date (date-page.ts reads it); the byline does not.
      body: `Tuesday, 3 June 2025\n\n${body}`,
    });
    expect(splitHeadline(page(["الثلاثاء، 3 يونيو 2025", "المغرب وكازاخستان يراجعان خارطة الطريق"]))?.headline).toBe(
      "المغرب وكازاخستان يراجعان خارطة الطريق",
    );
    expect(splitHeadline(page(["3 juin 2025", "Le Maroc et le Kazakhstan font le point"]))?.headline).toBe(
      "Le Maroc et le Kazakhstan font le point",
    );
    expect(
      splitHeadline(
        page(["portal.example", "Política", "3 de junho de 2025 | 09h15", "Marrocos e Cazaquistão revêem o roteiro"]),
      )?.headline,
    ).toBe("Marrocos e Cazaquistão revêem o roteiro");
    // A headline that holds a year is still a headline.
    expect(splitHeadline(page(["Kazakhstan and Morocco set their 2026 plan"]))?.headline).toBe(
      "Kazakhstan and Morocco set their 2026 plan",
    );
    // An agreement's record line (two dates) belongs to its text.
    expect(
      splitHeadline(page(["Agreement", "Approved by decree of 13 February 2025 No 12 In force since 19 March 2025"])),
    ).toBeUndefined();
    // FICTIONAL: a headline line ending in the page's date stamp gives the stamp to the body as its date line.
    expect(splitHeadline(page(["Tajikistan and Egypt sign new cooperation documents 14.04.2023"]))).toEqual({
      headline: "Tajikistan and Egypt sign new cooperation documents",
      body: `14.04.2023\n\n${body}`,
    });
    expect(splitHeadline(page(["Le Maroc et le Kazakhstan font le point 03/06/2025"]))).toEqual({
      headline: "Le Maroc et le Kazakhstan font le point",
      body: `03/06/2025\n\n${body}`,
    });
    expect(splitHeadline(page(["Joint meeting of the Ghanaian and Kenyan governments (05.02.2015)"]))).toEqual({
      headline: "Joint meeting of the Ghanaian and Kenyan governments",
      body: `05.02.2015\n\n${body}`,
    });
    // A date the headline tells in words is the headline's own, not a stamp.
    expect(splitHeadline(page(["Kazakhstan and Morocco to meet on 14.04.2023"]))?.headline).toBe(
      "Kazakhstan and Morocco to meet on 14.04.2023",
    );
    // Past the page's first lines, prose is prose.
    expect(splitHeadline(page(["3 June 2025", "The ministers met in Rabat on Tuesday."]))).toBeUndefined();
  });

  // Our own lines: what pages print over a headline besides dates (a byline with its name, a photo credit, a "get in
  // touch" or "read also" label), in the eight languages we read.
  it.for([
    ["By Margaret Holloway", "Morocco and Kazakhstan review their roadmap"],
    ["Photo | Foreign Ministry", "Morocco and Kazakhstan review their roadmap"],
    ["Get in touch", "Morocco and Kazakhstan review their roadmap"],
    ["Par Jeanne Dupont-Martin", "Le Maroc et le Kazakhstan font le point"],
    ["Crédit photo : ministère des Affaires étrangères", "Le Maroc et le Kazakhstan font le point"],
    ["Por María Fernanda López", "Marruecos y Kazajistán revisan su hoja de ruta"],
    ["Foto: Ministero degli Esteri", "Marocco e Kazakistan rivedono la tabella di marcia"],
    ["Di Giovanna Bianchi", "Marocco e Kazakistan rivedono la tabella di marcia"],
    ["Von Hans-Peter Müller", "Marokko und Kasachstan prüfen ihren Fahrplan"],
    ["Автор: Иван Петров", "Марокко и Казахстан обсудили дорожную карту"],
    ["Фото: пресс-служба МИД", "Марокко и Казахстан обсудили дорожную карту"],
    ["Giovanna Bianchi 8 giugno 2025", "Marocco e Kazakistan rivedono la tabella di marcia"],
    ["Astana, 21. Oktober, Nachrichtendienst", "Marokko und Kasachstan prüfen ihren Fahrplan"],
    ["Rabat, 3 juin, Agence", "Le Maroc et le Kazakhstan font le point"],
    ["Leia também", "Marrocos e Cazaquistão revêem o roteiro"],
    ["كتب : سارة أحمد", "المغرب وكازاخستان يراجعان خارطة الطريق"],
    ["اقرأ أيضا", "المغرب وكازاخستان يراجعان خارطة الطريق"],
    ["Связаться с нами", "Марокко и Казахстан обсудили дорожную карту"],
    // A numbered navigation list opening with a skip link, whatever its other links say; a share widget's label; a
    // byline that says where its author writes from.
    [
      "1. Ir al contenido",
      "2. Ir al menú principal",
      "3. Otras páginas",
      "Marruecos y Kazajistán revisan su hoja de ruta",
    ],
    [
      "1. Ir para o conteúdo",
      "2. Ir para o menu principal",
      "3. Mais páginas",
      "Marrocos e Cazaquistão revêem o roteiro",
    ],
    ["1. Skip to content", "2. Skip to main menu", "3. Our other sites", "Morocco and Kazakhstan review their roadmap"],
    ["Tell a friend", "Morocco and Kazakhstan review their roadmap"],
    ["Envoyer à un ami", "Le Maroc et le Kazakhstan font le point"],
    ["By Margaret Holloway in Rabat Morocco", "Morocco and Kazakhstan review their roadmap"],
  ])("looks past %s over the headline", (lines, { expect }) => {
    const headline = lines.at(-1);
    expect(splitHeadline(`${lines.join("\n\n")}\n\n${body}`)?.headline).toBe(headline);
  });

  it("keeps a headline that opens like a byline, and a short headline over the body or its standfirst", ({
    expect,
  }) => {
    for (const headline of ["Por primera vez, Marruecos y Kazajistán firman", "Di Maio a Tunisi per i migranti"])
      expect(splitHeadline(`${headline}\n\n${body}`)?.headline).toBe(headline);
    expect(splitHeadline(`Bourita receives Nurtleu in Rabat\n\n${body}`)?.headline).toBe(
      "Bourita receives Nurtleu in Rabat",
    );
    // A standfirst under a short headline is part of the story: what it says ("signed nine agreements") stays in
    // the body, however much it looks like a headline.
    const standfirst = "The two countries signed nine agreements on trade and transport";
    expect(splitHeadline(`Bourita in Astana\n\n${standfirst}\n\n${body}`)).toEqual({
      headline: "Bourita in Astana",
      body: `${standfirst}\n\n${body}`,
    });
  });

  it("leaves a text that opens with prose, a dateline or a kicker alone", ({ expect }) => {
    expect(splitHeadline(body)).toBeUndefined();
    expect(splitHeadline(`The ministers met in Rabat on Tuesday.\n\n${body}`)).toBeUndefined();
    expect(splitHeadline(`RABAT, 3 June (Wire) –\n${body}`)).toBeUndefined();
    expect(splitHeadline(`Diplomacy:\n${body}`)).toBeUndefined();
    // A dateline with no year on its own line, over the body ("Astana, 21. Oktober, Wire").
    expect(splitHeadline(`Astana, 21. Oktober, Nachrichtendienst\n\n${body}`)).toBeUndefined();
    expect(splitHeadline(`Rabat, 3 juin, Agence\n\n${body}`)).toBeUndefined();

    expect(splitHeadline("A headline-like line\nbut a body too short to follow it.")).toBeUndefined();
  });
});

describe("event titles", () => {
  it("composes a localized title from the pair, the place and the main sector when there is no headline", async ({
    expect,
  }) => {
    const a = await analyze({
      text: "Kazakhstan and Morocco held talks in Rabat on Friday on a grain logistics hub for Kazakh wheat exports. The Moroccan minister said Morocco could carry Kazakh grain to African markets, and both sides spoke of food security.",
      publishedAt: "2025-03-01",
    });
    // The report has no headline: it is shown under the composed title, never stored as the outlet's.
    expect(a.titleComposed).toBe(true);
    expect(a.title).toBe("Kazakhstan–Morocco: talks in Rabat — agriculture and food security");
    expect(a.eventTitles?.["KZ-MA"]).toEqual({
      en: "Kazakhstan–Morocco: talks in Rabat — agriculture and food security",
      fr: "Kazakhstan–Maroc : entretiens à Rabat — agriculture et sécurité alimentaire",
      ar: "كازاخستان والمغرب: مباحثات في الرباط — الفلاحة والأمن الغذائي",
      it: "Kazakistan–Marocco: colloqui a Rabat — agricoltura e sicurezza alimentare",
      ru: "Казахстан–Марокко: переговоры (Рабат) — сельское хозяйство и продовольственная безопасность",
    });
  });

  it("keeps a headline in its language and in English, composed titles in the other locales", async ({ expect }) => {
    const a = await analyze({
      title: "Le Maroc et le Kazakhstan relancent leur partenariat",
      text: "RABAT – Le Maroc et le Kazakhstan ont tenu vendredi à Rabat des entretiens sur la sécurité alimentaire et un pôle logistique pour le blé kazakh.",
      publishedAt: "2025-03-01",
    });
    const titles = a.eventTitles?.["KZ-MA"];
    expect(titles?.fr).toBe("Le Maroc et le Kazakhstan relancent leur partenariat");
    expect(titles?.en).toBe("Le Maroc et le Kazakhstan relancent leur partenariat");
    expect(titles?.it).toMatch(/^Kazakistan–Marocco: colloqui a Rabat/);
  });
});
