/**
 * The ingestion pipeline for one report: main text → language → countries and pair → sectors and
 * tracks → dates → commitments and positions → people and places → fingerprints. Pure: no D1, no
 * network. Heavy (lexicons, chrono, franc): import it lazily (`await import("../ingest/analyze")`)
 * from the store or queue code, never from src/routes, src/dossier or src/http.
 */
import { yieldToEventLoop } from "../lib/yield";
import { IngestInputError } from "./errors";
import { findCommitments } from "./recognize/commitments";
import { partyReader } from "./recognize/commitment-parties";
import { withOfficeHolders, withOfficials } from "./recognize/country-officials";
import { findCountries, type PlaceHit } from "./recognize/countries";
import { findOfficeWords, findOfficials } from "./recognize/officials";
import { filingWindow, readLater } from "./recognize/date-url";
import { officialsWindow } from "./recognize/date-window";
import { capitalsByName } from "./recognize/capital-names";
import { outletOf } from "./recognize/outlets";
import { relayedFrom } from "./recognize/outlet-relayed";
import { detectPairs } from "./recognize/pairs";
import { monthYears } from "./recognize/date-month-year";
import { daysBetween, eventDateOf, findDates, leadOf, publicationDate, toIsoDate } from "./recognize/dates";
import { findPeople } from "./recognize/entities";
import { mainPlace } from "./recognize/place";
import { capitalsByCountry } from "./recognize/place-capital";
import { cityWordPlaces } from "./recognize/place-city-word";
import { hostOf, hostSeats, withoutGuestCities } from "./recognize/place-host";
import { vocalizedCapitals } from "./recognize/place-clitic";
import { elidedPlaces } from "./recognize/place-elided";
import { detectLanguage, primaryLanguage } from "./read/language";
import { bands, contentHash, minhash } from "./read/minhash";
import { prepare } from "./match/normalize";
import { findPositions } from "./recognize/positions";
import { repairMojibake } from "./match/mojibake";
import { countedByTitle } from "./recognize/commitment-title-count";
import { setLanguage } from "./recognize/commitment-word-lists";
import { findSectors, matchTracks } from "./recognize/sectors";
import { withSignedSectors } from "./recognize/sectors-signed";
import { cleanText, htmlToText } from "./read/text";
import { dropRepeatedTitle } from "./read/story";
import { eventTitles, splitHeadline } from "./recognize/title";
import type { Analysis, ArticleInput } from "./types";

/** A day this close before the happening's may be the same visit's (an arrival the day before). */
const SAME_VISIT_DAYS = 3;

/**
 * Analyses one report. Throws IngestInputError when it has no usable text. Between its stages it gives the
 * event loop back: a report is tens of milliseconds of CPU (the first one in an isolate also builds every
 * lexicon), and public reads served by the same isolate must not wait for all of it at once.
 */
export async function analyze(input: ArticleInput): Promise<Analysis> {
  const extracted = input.html?.trim()
    ? await htmlToText(input.html)
    : input.text?.trim()
      ? cleanText(input.text)
      : undefined;
  if (!extracted) throw new IngestInputError("no-input", "A report needs `text` or `html`.");
  if (!extracted.ok) throw new IngestInputError(extracted.error, extracted.detail);

  let title = repairMojibake(
    input.title ?? extracted.title ?? "",
    `${input.title ?? ""}\n${input.text ?? input.html ?? ""}`,
  )
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .trim();
  let body = extracted.text;
  // A plain text without a title may open with its headline on a line of its own.
  const opening = title ? undefined : splitHeadline(body);
  if (opening) {
    title = opening.headline.replace(/\s+/g, " ");
    body = opening.body;
  }
  const text = dropRepeatedTitle(body, title);
  if (!text) throw new IngestInputError("empty", "The report has a title but no text.");
  await yieldToEventLoop();
  const doc = prepare(text);
  const titleDoc = title ? prepare(title) : undefined;
  let language = detectLanguage(`${title}\n${text}`, input.language);
  // The page's own <html lang> only when the text itself says nothing.
  if (language === "und") language = primaryLanguage(extracted.lang) ?? "und";
  // Counts are read in the report's own number words ("dos" is two in Spanish, "of the" in Portuguese).
  setLanguage(doc, language);
  if (titleDoc) setLanguage(titleDoc, language);
  const publishedOn = toIsoDate(input.publishedAt) ?? toIsoDate(extracted.publishedAt);

  await yieldToEventLoop();
  const named = findCountries(doc, titleDoc);
  const { countries, places } = named;
  // For the pair, officials in office on the publication day count for their country ("Foreign Minister Bourita").
  const officials = findOfficials(doc, publishedOn);
  const scan = withOfficeHolders(doc, withOfficials(doc, named, officials), findOfficeWords(doc), officials);
  // The outlet's home country: the feed's configured one, else the source a relayed item credits, else the outlets
  // table or the URL's ccTLD.
  const home = input.country ?? relayedFrom(text) ?? outletOf(input.url)?.country;
  const pairs = detectPairs(doc, scan, home ? { home } : {}, titleDoc);
  await yieldToEventLoop();
  const trackMatches = matchTracks(doc, language);
  const { sectors, tracks } = findSectors(doc, titleDoc, trackMatches, { language, officials });
  await yieldToEventLoop();
  // Without a publication date, the officials named bound when the report can be from.
  // Without one, the month its URL is filed under ("/2014/04/") completes a day and month and may date the news.
  const filed = publishedOn ? undefined : filingWindow(input.url);
  const dates = findDates(doc, language, publishedOn, publishedOn ? undefined : officialsWindow(officials), filed);
  const lead = leadOf(doc);
  // A URL's day ("/2023/04/22/slug") stands in for publication when the page prints no date line of its own, or an
  // unlabelled one later than it (a site's header of the day the page was read).
  const pageLine = dates.find((d) => d.pageDate);
  const pageDay = pageLine?.date;
  const urlDay =
    filed?.day && (!pageLine || (!pageLine.published && readLater(pageLine.date, filed))) ? filed.day : undefined;
  const eventDate = eventDateOf(dates, publishedOn ?? urlDay, lead, filed, doc);
  // An instrument whose own clause names other parties than the report's pair is not that pair's commitment.
  const parties = partyReader(
    doc,
    pairs.map((p) => p.key),
    scan.mentions,
  );
  const found = countedByTitle(findCommitments(doc, trackMatches, dates, publishedOn, eventDate, parties), title);
  withSignedSectors(sectors, found);
  // A commitment is between the two countries of a pair: a report with none (a summit of many, a company's deal) has
  // no dossier for one to reach, and claims none.
  const commitments = pairs.length > 0 ? found : [];
  await yieldToEventLoop();
  const positions = findPositions(doc, countries, pairs[0], titleDoc);
  // Without a pair (a summit, a passing mention) there is no bilateral happening to date: the report keeps only
  // its publication date, or without one the page's own date line ("09:44 20/05/2016" over the text), which stands
  // for it. A digest's stories (several pairs) each happen somewhere else: it has no one place.
  const reportDate = pairs.length > 0 ? eventDate : publicationDate(publishedOn ?? urlDay ?? pageDay);
  // A visit into one country of the pair happened there: a city of the other is not its place.
  const codes = pairs[0]?.key.split("-") ?? [];
  const host = hostOf(doc, scan.mentions, codes, lead);
  const place =
    pairs.length > 1
      ? undefined
      : mainPlace(
          doc,
          withoutGuestCities(
            byPosition([
              ...places,
              ...capitalsByName(doc),
              ...elidedPlaces(doc),
              ...vocalizedCapitals(doc),
              ...capitalsByCountry(doc, scan.mentions),
              ...hostSeats(doc, scan.mentions, places, codes),
              ...cityWordPlaces(doc, places, scan.mentions),
            ]),
            host,
            codes,
          ),
          {
            lead,
            ...(titleDoc
              ? {
                  title: {
                    doc: titleDoc,
                    places: withoutGuestCities(
                      byPosition([
                        ...findCountries(titleDoc).places,
                        ...capitalsByName(titleDoc),
                        ...elidedPlaces(titleDoc),
                      ]),
                      host,
                      codes,
                    ),
                  },
                }
              : {}),
            // Every sentence giving the happening's date (a feature may give it again where it names the city).
            datedAt: dates.flatMap((d) => (d.date === eventDate?.date && !d.future && d.span ? [d.span.start] : [])),
            days: dates.flatMap((d) => (d.span ? [{ start: d.span.start, end: d.span.end }] : [])),
            ...(eventDate ? { eventDate: eventDate.date } : {}),
            earlierAt: [
              ...dates.flatMap((d) =>
                // …and any background day ("the treaty, signed in New York on 19 September 2022" that a later step
                // acts on; what an anniversary marks), dated or not.
                ((eventDate && daysBetween(d.date, eventDate.date) > SAME_VISIT_DAYS) || d.background) &&
                !d.future &&
                d.span
                  ? [{ start: d.span.start, end: d.span.end }]
                  : [],
              ),
              // A month of an earlier month and year ("firmato a Nairobi nel marzo 2024"): background too.
              // (Only against a day the text gives: a report dated by its publication alone may tell its own
              // happening by month, "talks in Rabat in April".)
              ...monthYears(text).filter(
                (m) => eventDate && eventDate.evidence !== "published" && m.month < eventDate.date.slice(0, 7),
              ),
            ],
            laterAt: dates.flatMap((d) =>
              (d.future || (publishedOn !== undefined && d.date > publishedOn)) && d.span ? [d.span.start] : [],
            ),
          },
        );
  const entities = [
    ...new Set([...findPeople(doc), ...(titleDoc ? findPeople(titleDoc) : []), ...places.map((p) => p.key)]),
  ].sort();
  await yieldToEventLoop();
  const signature = minhash(text);

  const analysis: Analysis = {
    language,
    title,
    text,
    contentHash: await contentHash(text),
    minhash: signature,
    bands: bands(signature),
    countries,
    pairs,
    sectors,
    tracks,
    dates,
    commitments,
    positions,
    entities,
  };
  // A publication date the source does not give is the day the report's dates resolve against: the URL's day where it
  // stands in (above), else the page's own date line.
  const issued = publishedOn ?? urlDay ?? pageDay;
  if (issued) analysis.publishedOn = issued;
  if (reportDate) analysis.eventDate = reportDate;
  if (place) analysis.place = place;
  analysis.eventTitles = Object.fromEntries(pairs.map((p) => [p.key, eventTitles(analysis, p.key)]));
  // A report without a headline is shown under its event's composed title (in its language when we have one).
  const composed = pairs[0] ? analysis.eventTitles[pairs[0].key] : undefined;
  if (!title && composed) {
    analysis.title = composed[language] ?? composed.en ?? "";
    analysis.titleComposed = true;
  }
  return analysis;
}

/** Places in text order. */
function byPosition(places: readonly PlaceHit[]): PlaceHit[] {
  return [...places].sort((a, b) => a.span.start - b.span.start);
}
