/**
 * The interface strings of every human surface (HTML pages, the embed, Atom titles), per locale: one table, so
 * a word reads the same on the page and in the embed. Enum values (statuses, stances) keep their stable machine
 * names in data; their display is translated here, keyed by the vocabulary's own types. Dates and months come
 * from Intl.DateTimeFormat (src/i18n/dates.ts), with Latin digits everywhere.
 */
import type { CommitmentStatus, Stance, TrackStatus } from "../schemas/vocabulary";
import type { Locale } from "./locales";
import { ar } from "./strings/ar";
import { en } from "./strings/en";
import { fr } from "./strings/fr";
import { it } from "./strings/it";
import { ru } from "./strings/ru";

export interface Labels {
  siteTagline: string;
  searchLabel: string;
  searchButton: string;
  noMatch: string;
  trackedPairs: string;
  tracks: string;
  commitments: string;
  events: string;
  positions: string;
  timeline: string;
  sources: string;
  noSources: string;
  machineCoded: string;
  /** Shown before the values of a field whose sources disagree. */
  disputed: string;
  firstStated: string;
  lastReaffirmed: string;
  lastActivity: string;
  signedOn: string;
  effectiveOn: string;
  lifecycle: string;
  updated: string;
  downloads: string;
  languages: string;
  olderEvents: string;
  newerEvents: string;
  /** The accessible name of the dossier page's navigation between pages of events. */
  eventPages: string;
  home: string;
  errorTitle: string;
  errorNotTracked: string;
  errorInvalid: string;
  errorBadRequest: string;
  errorNotFound: string;
  errorInternal: string;
  changeAdded: string;
  changeUpdated: string;
  changeRetracted: string;
  /** The embed's list headings and empty states. */
  latest: string;
  upcoming: string;
  noUpcoming: string;
  noEvents: string;
  entersIntoForce: string;
  fullDossier: string;
  /** "3 sources", with the locale's plural forms. */
  sourceCount: (n: number) => string;
  /** The timeline's caption, and one month's bar ("mars 2025 : 2 événements"). */
  eventsPerMonth: string;
  eventsPerQuarter: string;
  eventsPerYear: string;
  /** A quarter of a year on the timeline's axis ("Q3 2024", "T3 2024"). */
  quarter: (q: number, year: number) => string;
  /** The heading of the timeline's colour legend. */
  sectorsLegend: string;
  eventsIn: (n: number, month: string) => string;
  milestone: string;
  /** The timeline's sector for events tied to no track. */
  otherSector: string;
  /** Every track and commitment status, and every stance, named in the locale. */
  status: Readonly<Record<TrackStatus | CommitmentStatus, string>>;
  stance: Readonly<Record<Stance, string>>;
}

const ALL: Readonly<Record<Locale, Labels>> = { en, fr, ar, it, ru };

/** The UI strings of a locale. */
export function labelsFor(lang: Locale): Labels {
  return ALL[lang];
}

/** A localized status or stance name, falling back to the machine name for a value outside the vocabulary. */
export function enumLabel(map: Readonly<Record<string, string>>, value: string): string {
  return map[value] ?? value.replaceAll("_", " ");
}
