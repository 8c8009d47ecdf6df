/** Phrases of the readers' Atom feed, per locale: a commitment's dated step, a position stated or reaffirmed. */
import type { Locale } from "./locales";

interface FeedLabels {
  /** "{status} on {date}" for a lifecycle step. */
  stepOn: (status: string, date: string) => string;
  /** The phrase for entry into force, which reads as a state ("in force since"). */
  inForceSince: (date: string) => string;
  stated: string;
  reaffirmed: string;
}

const LABELS: Record<Locale, FeedLabels> = {
  en: {
    stepOn: (s, d) => `${s} on ${d}`,
    inForceSince: (d) => `in force since ${d}`,
    stated: "stated",
    reaffirmed: "reaffirmed",
  },
  fr: {
    stepOn: (s, d) => `${s} le ${d}`,
    inForceSince: (d) => `en vigueur depuis le ${d}`,
    stated: "position exprimée",
    reaffirmed: "position réaffirmée",
  },
  ar: {
    stepOn: (s, d) => `${s} في ${d}`,
    inForceSince: (d) => `ساري المفعول منذ ${d}`,
    stated: "موقف معلن",
    reaffirmed: "موقف مجدَّد",
  },
  it: {
    stepOn: (s, d) => `${s} il ${d}`,
    inForceSince: (d) => `in vigore dal ${d}`,
    stated: "posizione espressa",
    reaffirmed: "posizione ribadita",
  },
  ru: {
    stepOn: (s, d) => `${s}: ${d}`,
    inForceSince: (d) => `в силе с ${d}`,
    stated: "позиция заявлена",
    reaffirmed: "позиция подтверждена",
  },
};

/** The feed phrases of a locale. */
export function feedLabels(lang: Locale): FeedLabels {
  return LABELS[lang];
}
