/**
 * How readers see a source's outlet. A real outlet keeps its own name (shown as written, in an isolate). The
 * seeded dossiers name no outlet: their sources are described ("English-language news report (...)"), and a
 * description is interface text, so it is translated here, keyed by the seeded article's id.
 */
import type { Locale } from "./locales";

type Described = Readonly<Record<Exclude<Locale, "en">, string>>;

const SEEDED: Readonly<Record<string, Described>> = {
  ar_seed_kzma_en1: {
    fr: "Article de presse en anglais (position sur le Sahara seulement)",
    ar: "تقرير إخباري بالإنجليزية (الموقف من الصحراء فقط)",
    it: "Articolo di stampa in inglese (solo la posizione sul Sahara)",
    ru: "Новостная статья на английском (только позиция по Сахаре)",
  },
  ar_seed_kzma_en2: {
    fr: "Article de presse en anglais (position et exemption de visa)",
    ar: "تقرير إخباري بالإنجليزية (الموقف والإعفاء من التأشيرة)",
    it: "Articolo di stampa in inglese (posizione ed esenzione dal visto)",
    ru: "Новостная статья на английском (позиция и безвизовый режим)",
  },
  ar_seed_kzma_fr1: {
    fr: "Article de presse en français (position et partenariat)",
    ar: "تقرير إخباري بالفرنسية (الموقف والشراكة)",
    it: "Articolo di stampa in francese (posizione e partenariato)",
    ru: "Новостная статья на французском (позиция и партнёрство)",
  },
  ar_seed_kzma_ar1: {
    fr: "Article de presse en arabe (position, sécurité, économie)",
    ar: "تقرير إخباري بالعربية (الموقف، الأمن، الاقتصاد)",
    it: "Articolo di stampa in arabo (posizione, sicurezza, economia)",
    ru: "Новостная статья на арабском (позиция, безопасность, экономика)",
  },
  ar_seed_kzma_it1: {
    fr: "Article de presse en italien (feuille de route complète)",
    ar: "تقرير إخباري بالإيطالية (خارطة الطريق كاملة)",
    it: "Articolo di stampa in italiano (tabella di marcia completa)",
    ru: "Новостная статья на итальянском (вся дорожная карта)",
  },
};

/** The outlet of a source as a reader of `lang` sees it. */
export function outletName(source: { articleId: string; outlet: string }, lang: Locale): string {
  return lang === "en" ? source.outlet : (SEEDED[source.articleId]?.[lang] ?? source.outlet);
}
