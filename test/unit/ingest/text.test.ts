import { describe, it } from "vitest";
import { dropRepeatedTitle } from "../../../src/ingest/read/story";
import { cleanText, htmlDepth, htmlToText, MAX_DEPTH } from "../../../src/ingest/read/text";
import { fixture } from "./fixtures";

async function mainText(html: string) {
  const r = await htmlToText(html);
  if (!r.ok) throw new Error(`unexpected ${r.error}`);
  return r;
}

describe("htmlToText", () => {
  it("keeps the story of the English page and drops its furniture", async ({ expect }) => {
    const r = await mainText(fixture("en-sahara-position").html ?? "");
    expect(r.title).toBe("Kazakhstan backs Morocco’s autonomy plan for the Sahara");
    expect(r.lang).toBe("en");
    expect(r.publishedAt).toBe("2025-02-28T18:40:00Z");
    const body = dropRepeatedTitle(r.text, r.title);
    expect(body.startsWith("RABAT — Kazakhstan on Friday voiced its support")).toBe(true);
    expect(body).toContain("both members of the Organisation of Islamic Cooperation.");
    expect(body.split("\n\n")).toHaveLength(4);
    for (const noise of [
      "Latest stories",
      "Egypt",
      "Gaza",
      "Madrid",
      "Russia",
      "read aloud",
      "14 comments",
      "WhatsApp",
      "Privacy",
      "Home",
      "dataLayer",
      "margin",
      "Fixture Daily staff",
    ]) {
      expect(body).not.toContain(noise);
    }
  });

  it("drops a list under an 'À lire aussi' heading, an aside and a comment counter (French)", async ({ expect }) => {
    const r = await mainText(fixture("fr-partnership").html ?? "");
    expect(r.text).toContain("Les deux ministres ont signé une déclaration conjointe");
    for (const noise of ["lire aussi", "Sénégal", "Tunisie", "Commentaires", "plus lus", "Soudan", "Accueil"]) {
      expect(r.text).not.toContain(noise);
    }
    expect(r.title).toBe("Le Kazakhstan soutient le plan d'autonomie et élargit son partenariat avec le Maroc");
  });

  it("decodes character references and collapses whitespace", async ({ expect }) => {
    const r = await mainText(
      "<p>Rabat &amp; Astana&nbsp;: l&#8217;accord   sign&eacute;,\n\n  vendredi, entre les deux pays amis.</p>",
    );
    expect(r.text).toBe("Rabat & Astana : l’accord signé, vendredi, entre les deux pays amis.");
  });

  it("refuses pathologically deep pages without recursing into them", async ({ expect }) => {
    const depth = 20_000;
    const html = `${"<div>".repeat(depth)}<p>Kazakhstan and Morocco agreed to create a joint commission.</p>${"</div>".repeat(depth)}`;
    expect(htmlDepth(html)).toBeGreaterThan(MAX_DEPTH);
    expect(await htmlToText(html)).toMatchObject({ ok: false, error: "too-deep" });
  });

  it("rejects pages without text and binary data", async ({ expect }) => {
    expect(await htmlToText("<html><body><nav>Home</nav><script>x()</script></body></html>")).toMatchObject({
      ok: false,
      error: "empty",
    });
    expect(await htmlToText("PK\u0003\u0004\u0000\u0000binary zip data here and more")).toMatchObject({
      ok: false,
      error: "binary",
    });
  });
});

describe("cleanText", () => {
  it("normalizes submitted text", ({ expect }) => {
    expect(cleanText("  Kazakhstan\u00A0backs\u200B Morocco’s plan for the Sahara.  \r\n")).toEqual({
      ok: true,
      text: "Kazakhstan backs Morocco’s plan for the Sahara.",
    });
  });

  it("drops page chrome pasted with the text: skip links, share bars, comment counters (eight languages)", ({
    expect,
  }) => {
    // FICTIONAL lines: what a browser copies with an article's text.
    for (const chrome of [
      "Skip to main content",
      "Aller au contenu principal",
      "Vai al contenuto principale",
      "Saltar al contenido",
      "Ir para o conteúdo principal",
      "Zum Inhalt springen",
      "Перейти к основному содержанию",
      "انتقل إلى المحتوى الرئيسي",
      "Share on Facebook",
      "12 comments",
      "Our newsroom on Telegram",
      "Новости дня в Telegram",
      "Welcome to the portal of the Ministry",
      "Willkommen auf unserem Nachrichtenportal",
      "Leggi su Esempio Notizie",
      "Read on Example Daily",
      "Signing ceremony in Lima. Photo: Foreign Ministry",
      "Contenido exclusivo para suscriptores",
      "Accueil Politique Économie Sports Culture Publicité",
      "• Loading...",
      "Chargement…",
      "Carregando...",
      "Загрузка",
      "Новые комментарии +",
      "This site uses cookies to give you a better experience. By browsing on you accept them. OK",
      "Questo sito usa cookie per fornirti un'esperienza migliore. OK Approfondisci",
      "Questo sito usa cookie tecnici e di terze parti per misurare le visite e mostrarti contenuti adatti ai tuoi interessi. Continuando accetti. OK Approfondisci",
      "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.",
      "Este sitio web utiliza cookies para mejorar su experiencia.",
      "Este site usa cookies. Ao continuar, aceita a sua utilização.",
      "Diese Website verwendet Cookies. Mehr erfahren",
      "Этот сайт использует файлы cookie.",
      "يستخدم هذا الموقع ملفات تعريف الارتباط",
      "New comments (3)",
      "Nouveaux commentaires",
      "Neue Kommentare 12",
      "Ultimi commenti",
      "تعليقات جديدة",
      "You are here: Home > News > 2026 > Chile and Peru",
      "Você está aqui: Página Inicial > Notícias > Chile e Peru",
      "Vous êtes ici : Accueil > Actualités",
      "Sie sind hier: Startseite > Aktuelles",
      "Print article",
      "Stampa articolo Stampa articolo",
      "Imprimer l'article",
      "Imprimir artículo",
      "Imprimir notícia",
      "Artikel drucken",
      "Распечатать статью",
      "طباعة الخبر",
      "Print this page Email this article",
    ]) {
      const r = cleanText(
        `${chrome}\n\nChile and Peru sign a fisheries accord\n\nThe two governments signed it in Lima.`,
      );
      expect(r, chrome).toEqual({
        ok: true,
        text: "Chile and Peru sign a fisheries accord\n\nThe two governments signed it in Lima.",
      });
    }
    // A sentence that merely starts with such words stays, and so does a headline about a home office or an update.
    expect(cleanText("Home Office delegation visits Lima\n\nThe two governments signed it.")).toMatchObject({
      text: "Home Office delegation visits Lima\n\nThe two governments signed it.",
    });
    // A share label glued to the headline is dropped, the headline kept.
    expect(
      cleanText("PARTAGER Chile and Peru sign a fisheries accord\n\nThe two governments signed it in Lima."),
    ).toMatchObject({
      text: "Chile and Peru sign a fisheries accord\n\nThe two governments signed it in Lima.",
    });
    expect(
      cleanText("Loading data centres is what the accord is about.\n\nThe two governments signed it."),
    ).toMatchObject({
      text: "Loading data centres is what the accord is about.\n\nThe two governments signed it.",
    });
    expect(cleanText("Share prices rose in Lima after the two governments signed the accord.")).toMatchObject({
      text: "Share prices rose in Lima after the two governments signed the accord.",
    });
  });

  it("rejects empty and binary text", ({ expect }) => {
    expect(cleanText(" \n\t ")).toMatchObject({ ok: false, error: "empty" });
    expect(cleanText("\u0000\u0001\u0002 some text with enough letters to pass")).toMatchObject({
      ok: false,
      error: "binary",
    });
  });
});

describe("dropRepeatedTitle", () => {
  it("removes the headline printed again at the start of the body, even after a byline", ({ expect }) => {
    expect(dropRepeatedTitle("Headline here\n\nBy staff\n\nHeadline here!\n\nBody.", "Headline here")).toBe(
      "By staff\n\nBody.",
    );
    expect(dropRepeatedTitle("Body first.\n\nHeadline here", "Other")).toBe("Body first.\n\nHeadline here");
  });
});
