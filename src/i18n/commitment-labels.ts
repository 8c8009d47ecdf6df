/**
 * Labels of a commitment's legal form and corroboration, per locale, for the dossier page and the embed.
 * Legal forms keep their machine names in data (LEGAL_FORMS); only their display is translated here.
 */
import type { LegalForm } from "../schemas/vocabulary";
import type { Locale } from "./locales";

/** The corroboration and legal-form labels of one locale. */
export interface CommitmentLabels {
  /** The embed's heading over signed, ratified and in-force instruments. */
  instruments: string;
  legalForm: string;
  forms: Record<LegalForm, string>;
  /** "3 independent sources". */
  independent: (n: number) => string;
  official: string;
  /** Shown on a signature or entry into force that one non-official source alone supports. */
  singleSource: string;
  /** "batch of 7 instruments": a commitment standing for a batch its sources count without telling apart. */
  batch: (n: number) => string;
}

const count = (lang: Locale, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other).replace("#", String(n));

/** The labels, by locale. */
export const COMMITMENT_LABELS: Record<Locale, CommitmentLabels> = {
  en: {
    instruments: "Signed instruments",
    legalForm: "Legal form",
    forms: {
      treaty: "treaty",
      agreement: "agreement",
      memorandum: "memorandum of understanding",
      programme: "programme",
      declaration: "declaration",
      "joint-statement": "joint statement",
    },
    independent: (n) => count("en", n, { one: "# independent source", other: "# independent sources" }),
    official: "official source",
    singleSource: "single unofficial source",
    batch: (n) => count("en", n, { other: "batch of # instruments" }),
  },
  fr: {
    instruments: "Textes signés",
    legalForm: "Forme juridique",
    forms: {
      treaty: "traité",
      agreement: "accord",
      memorandum: "mémorandum d'entente",
      programme: "programme",
      declaration: "déclaration",
      "joint-statement": "déclaration conjointe",
    },
    independent: (n) => count("fr", n, { one: "# source indépendante", other: "# sources indépendantes" }),
    official: "source officielle",
    singleSource: "source unique non officielle",
    batch: (n) => count("fr", n, { other: "lot de # instruments" }),
  },
  ar: {
    instruments: "الوثائق الموقعة",
    legalForm: "الشكل القانوني",
    forms: {
      treaty: "معاهدة",
      agreement: "اتفاقية",
      memorandum: "مذكرة تفاهم",
      programme: "برنامج",
      declaration: "إعلان",
      "joint-statement": "بيان مشترك",
    },
    independent: (n) => `المصادر المستقلة: ${n}`,
    official: "مصدر رسمي",
    singleSource: "مصدر وحيد غير رسمي",
    batch: (n) => count("ar", n, { other: "مجموعة من # وثائق" }),
  },
  it: {
    instruments: "Testi firmati",
    legalForm: "Forma giuridica",
    forms: {
      treaty: "trattato",
      agreement: "accordo",
      memorandum: "memorandum d'intesa",
      programme: "programma",
      declaration: "dichiarazione",
      "joint-statement": "dichiarazione congiunta",
    },
    independent: (n) => count("it", n, { one: "# fonte indipendente", other: "# fonti indipendenti" }),
    official: "fonte ufficiale",
    singleSource: "unica fonte non ufficiale",
    batch: (n) => count("it", n, { other: "gruppo di # strumenti" }),
  },
  ru: {
    instruments: "Подписанные документы",
    legalForm: "Правовая форма",
    forms: {
      treaty: "договор",
      agreement: "соглашение",
      memorandum: "меморандум о взаимопонимании",
      programme: "программа",
      declaration: "декларация",
      "joint-statement": "совместное заявление",
    },
    independent: (n) => `Независимых источников: ${n}`,
    official: "официальный источник",
    singleSource: "единственный неофициальный источник",
    batch: (n) => count("ru", n, { other: "пакет из # документов" }),
  },
};

/** Whether a commitment's signature or entry into force rests on one non-official source (marked, not hidden). */
export function restsOnOneSource(c: { status: string; singleSource: boolean; officialSource: boolean }): boolean {
  return (
    c.singleSource && !c.officialSource && (c.status === "signed" || c.status === "ratified" || c.status === "in_force")
  );
}
