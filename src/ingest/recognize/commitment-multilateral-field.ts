/**
 * A multilateral word in an instrument's sentence that is no field of the instrument: the venue of its signing ("On
 * the sidelines of the SCO summit, … signed a memorandum") or only its topic ("a memorandum on candidacies in
 * international organisations"); and a visit or talks after an instrument that are the occasion of its signing ("The
 * agreements were signed during the state visit").
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { openedBefore, clauseEnd } from "./commitment-list-clause";
import { DIALOGUE } from "./commitment-fields";

/** Words a multilateral qualifier may stand before its form ("a multilateral framework agreement"). */
const QUALIFIER_WORDS = 2;
/** Characters at most between a clause opener ("on the sidelines of") and the organisation it places. */
const VENUE_REACH = 30;
/**
 * Whether a multilateral word stands before a form as the venue of the signing, after a clause opener ("On the
 * sidelines of the SCO summit, … signed a memorandum", "En el marco de la cumbre del Mercosur"), not the kind of the
 * instrument nor its signers ("All G20 members signed the summit declaration").
 */
export function venueOrganisation(doc: MatchDoc, m: LexiconMatch<string>, form: Span): boolean {
  if (m.data !== "multilateral") return false;
  // …or after it, past a clause of its own ("agreements…, before departing to attend the SCO summit").
  if (m.span.start >= form.end) return clauseEnd(doc, form.end, m.span.start) < m.span.start;
  if (m.span.end > form.start) return false;
  const words = doc.text.slice(m.span.end, form.start).split(/\s+/).filter(Boolean).length;
  return words > QUALIFIER_WORDS && openedBefore(doc, m.span.start, VENUE_REACH);
}

/**
 * Whether a dialogue word after a form is the occasion of its signing, a clause opener right before it ("…were signed
 * during the state visit", "…vengono firmati nel quadro della visita di Stato", "…в ходе переговоров"): when and
 * where, not what the instrument is about.
 */
export function occasionAfter(doc: MatchDoc, m: LexiconMatch<string>, form: Span): boolean {
  return m.data === DIALOGUE && m.span.start >= form.end && openedBefore(doc, m.span.start, VENUE_REACH);
}

/** A multilateral word that tells the kind of an instrument ("accords multilatéraux", "многосторонний договор"). */
const MULTILATERAL_KIND = /multilat|многосторон|متعدد(?:ة)? الأطراف/iu;
/** Words at most between a form and an organisation after it that names the instrument ("the declaration of the SCO"). */
const NAMING_REACH = 3;
/** A summit or meeting between the form and the grouping names the instrument after it ("the declaration of the summit of the African Union"). */
const SUMMIT =
  /(?:^|[^\p{L}])(?:summit|sommet|cumbre|cimeira|cúpula|vertice|gipfel|саммит\p{L}*|قمة|conference|conférence|conferencia|conferência|conferenza|konferenz|конференци\p{L}*|مؤتمر)(?=$|[^\p{L}])/iu;
/** A preposition of topic right after the form ("on", "sur", "sobre", "о", "بشأن"): what follows is what it is about. */
const TOPIC_OPENER =
  /^\s*(?:on|about|regarding|concerning|sur|relatif|relative|concernant|sobre|acerca|relativo|relativa|sulla|sul|sui|sugli|sulle|riguardante|über|zur|zum|о|об|по|for|pour|para|per|für|для|بشأن|حول|في\s+مجال|ل[\u0621-\u064a]{3,})(?=$|[^\p{L}])/iu;
/**
 * Whether a multilateral word is only the topic of an instrument: a grouping or a world-wide matter named in its
 * complement ("un memorándum sobre la difusión entre medios del Sur Global", "a memorandum on candidacies in
 * international organisations"), after a preposition of topic or past the form's own name. Such an instrument is
 * still the pair's; the multilateral adjective, a grouping right by the form ("the ASEAN declaration", "la
 * declaración de la CELAC"), a summit between them ("the final declaration of the summit of the African Union") or a
 * grouping before the form ("All G20 members signed the declaration") makes it multilateral.
 */
export function multilateralTopic(doc: MatchDoc, m: LexiconMatch<string>, form: Span): boolean {
  if (m.data !== "multilateral" || MULTILATERAL_KIND.test(m.pattern) || m.span.start < form.end) return false;
  const between = doc.text.slice(form.end, m.span.start);
  if (SUMMIT.test(between)) return false;
  return TOPIC_OPENER.test(between) || between.split(/\s+/).filter(Boolean).length > NAMING_REACH;
}
