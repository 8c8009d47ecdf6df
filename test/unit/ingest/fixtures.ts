/** The article fixtures (test/fixtures/articles), by file name without extension. */
import arSecurityEconomy from "../../fixtures/articles/ar-security-economy.json";
import enJointCommissionAstana from "../../fixtures/articles/en-joint-commission-astana.json";
import enManyCountries from "../../fixtures/articles/en-many-countries.json";
import enPositionVisa from "../../fixtures/articles/en-position-visa.json";
import enPositionVisaSyndicated from "../../fixtures/articles/en-position-visa-syndicated.json";
import enSaharaPosition from "../../fixtures/articles/en-sahara-position.json";
import frPartnership from "../../fixtures/articles/fr-partnership.json";
import itRoadmap from "../../fixtures/articles/it-roadmap.json";
import type { ArticleInput } from "../../../src/ingest/types";

/** What a fixture says its analysis must contain. */
export interface Expected {
  language: string;
  pair: string | null;
  event: string | null;
  eventDate?: string;
  eventDateEvidence?: "explicit" | "weekday" | "published";
  tracks: string[];
  sectors: string[];
  positions: [string, string, string][];
  nearCopyOf?: string;
}
export type Fixture = ArticleInput & { expected: Expected };

// The fixtures are ours; their shape is checked by the tests that read them.
export const FIXTURES = {
  "en-sahara-position": enSaharaPosition,
  "en-position-visa": enPositionVisa,
  "en-position-visa-syndicated": enPositionVisaSyndicated,
  "fr-partnership": frPartnership,
  "ar-security-economy": arSecurityEconomy,
  "it-roadmap": itRoadmap,
  "en-joint-commission-astana": enJointCommissionAstana,
  "en-many-countries": enManyCountries,
} as unknown as Record<string, Fixture>;

/** A fixture by name (throws on a typo). */
export function fixture(name: string): Fixture {
  const f = FIXTURES[name];
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
}

/** The ArticleInput part of a fixture (without `expected` and comments). */
export function inputOf(f: Fixture): ArticleInput {
  const { expected: _expected, ...input } = f as Fixture & { $comment?: string };
  const { $comment: _comment, ...rest } = input as ArticleInput & { $comment?: string };
  return rest;
}
