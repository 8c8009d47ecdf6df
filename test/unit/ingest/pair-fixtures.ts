/** The pair-pattern fixtures (quality/fixtures, FICTIONAL reports in the project's words), by file name. */
import arBriefJoined from "../../../quality/fixtures/ar-brief-joined.json";
import arPairAdjectivesJoined from "../../../quality/fixtures/ar-pair-adjectives-joined.json";
import enPairWithTwoPartners from "../../../quality/fixtures/en-pair-with-two-partners.json";
import frPairWithTwoPartners from "../../../quality/fixtures/fr-pair-with-two-partners.json";
import deBriefZwischen from "../../../quality/fixtures/de-brief-zwischen.json";
import esPairAsideOtherHosts from "../../../quality/fixtures/es-pair-aside-other-hosts.json";
import dePairContextCountryNamedOften from "../../../quality/fixtures/de-pair-context-country-named-often.json";
import enDemonymsCapitals from "../../../quality/fixtures/en-demonyms-capitals.json";
import enDigest from "../../../quality/fixtures/en-digest.json";
import enHomeOutletEgypt from "../../../quality/fixtures/en-home-outlet-egypt.json";
import enLongFeature from "../../../quality/fixtures/en-long-feature.json";
import enMultilateralSummit from "../../../quality/fixtures/en-multilateral-summit.json";
import enNoisePassing from "../../../quality/fixtures/en-noise-passing.json";
import enSummitSidelines from "../../../quality/fixtures/en-summit-sidelines.json";
import enThirdCountryLead from "../../../quality/fixtures/en-third-country-lead.json";
import enWireBrief from "../../../quality/fixtures/en-wire-brief.json";
import esBriefJoined from "../../../quality/fixtures/es-brief-joined.json";
import frDepecheEntre from "../../../quality/fixtures/fr-depeche-entre.json";
import frHomeOutletAlgerie from "../../../quality/fixtures/fr-home-outlet-algerie.json";
import itBriefJoined from "../../../quality/fixtures/it-brief-joined.json";
import ptBriefJoined from "../../../quality/fixtures/pt-brief-joined.json";
import ruBriefMezhdu from "../../../quality/fixtures/ru-brief-mezhdu.json";
import enSummitHomeOutlet from "../../../quality/fixtures/en-summit-home-outlet.json";
import frHomologueDemonyms from "../../../quality/fixtures/fr-homologue-demonyms.json";
import esBilateralSummit from "../../../quality/fixtures/es-bilateral-summit.json";
import frContextOrganisations from "../../../quality/fixtures/fr-context-organisations.json";
import ruCounterpartTopicCountry from "../../../quality/fixtures/ru-counterpart-topic-country.json";
import enDigestOtherNews from "../../../quality/fixtures/en-digest-other-news.json";
import frApprovalsSeveralCountries from "../../../quality/fixtures/fr-approvals-several-countries.json";
import esStoryBreakAfterFeature from "../../../quality/fixtures/es-story-break-after-feature.json";
import enSummitAside from "../../../quality/fixtures/en-summit-aside.json";
import ptNegativeCplpCouncil from "../../../quality/fixtures/pt-negative-cplp-council.json";
import type { ArticleInput } from "../../../src/ingest/types";

/** A quality fixture: an input and what an analyst expects of it (the manifest's `expect` shape). */
export type QualityFixture = ArticleInput & {
  publishedAt: string;
  text: string;
  expect: {
    language: string;
    pairs: string[];
    sectors: string[];
    eventDate: string | null;
    place: string | null;
    title: boolean;
  };
};

// The fixtures are ours; the test reading them checks their shape.
export const PAIR_FIXTURES = {
  "ar-brief-joined": arBriefJoined,
  "ar-pair-adjectives-joined": arPairAdjectivesJoined,
  "en-pair-with-two-partners": enPairWithTwoPartners,
  "fr-pair-with-two-partners": frPairWithTwoPartners,
  "de-brief-zwischen": deBriefZwischen,
  "es-pair-aside-other-hosts": esPairAsideOtherHosts,
  "de-pair-context-country-named-often": dePairContextCountryNamedOften,
  "en-demonyms-capitals": enDemonymsCapitals,
  "en-digest": enDigest,
  "en-home-outlet-egypt": enHomeOutletEgypt,
  "en-long-feature": enLongFeature,
  "en-multilateral-summit": enMultilateralSummit,
  "en-noise-passing": enNoisePassing,
  "en-summit-sidelines": enSummitSidelines,
  "en-third-country-lead": enThirdCountryLead,
  "en-wire-brief": enWireBrief,
  "es-brief-joined": esBriefJoined,
  "fr-depeche-entre": frDepecheEntre,
  "fr-home-outlet-algerie": frHomeOutletAlgerie,
  "it-brief-joined": itBriefJoined,
  "pt-brief-joined": ptBriefJoined,
  "ru-brief-mezhdu": ruBriefMezhdu,
  "en-summit-home-outlet": enSummitHomeOutlet,
  "fr-homologue-demonyms": frHomologueDemonyms,
  "es-bilateral-summit": esBilateralSummit,
  "fr-context-organisations": frContextOrganisations,
  "ru-counterpart-topic-country": ruCounterpartTopicCountry,
  "en-digest-other-news": enDigestOtherNews,
  "fr-approvals-several-countries": frApprovalsSeveralCountries,
  "es-story-break-after-feature": esStoryBreakAfterFeature,
  "pt-negative-cplp-council": ptNegativeCplpCouncil,
  "en-summit-aside": enSummitAside,
} as unknown as Record<string, QualityFixture>;

/** The ArticleInput part of a fixture (without `expect` and `$comment`). */
export function qualityInput(f: QualityFixture): ArticleInput {
  const { expect: _expect, ...rest } = f as QualityFixture & { $comment?: string };
  const { $comment: _comment, ...input } = rest as ArticleInput & { $comment?: string };
  return input;
}
