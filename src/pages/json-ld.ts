/** schema.org JSON-LD of a dossier: a Dataset (with its downloads) and an ItemList of its Events. */
import type { DossierOutput } from "../schemas/dossier";

/**
 * Serializes JSON for a <script> element: `<`, `>` and `&` become \u escapes, so no text in the data
 * (say a title containing "</script>") can close the element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

/** The JSON-LD graph of a dossier page. `pageUrl` is the canonical URL of the page. */
export function dossierJsonLd(d: DossierOutput, pageUrl: string, title: string): unknown {
  const link = (name: string) => d.links[name] ?? "";
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Dataset",
        "@id": `${pageUrl}#dataset`,
        name: title,
        description: `Tracks, commitments, events and positions of ${d.countries.map((c) => c.name).join(" and ")}, each with its sources.`,
        url: pageUrl,
        inLanguage: d.lang,
        dateModified: d.updatedAt,
        isAccessibleForFree: true,
        spatialCoverage: d.countries.map((c) => ({ "@type": "Country", name: c.name, identifier: c.code })),
        distribution: [
          { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: link("self") },
          { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: link("csv") },
          { "@type": "DataDownload", encodingFormat: "application/x-ndjson", contentUrl: link("ndjson") },
          { "@type": "DataDownload", encodingFormat: "text/calendar", contentUrl: link("calendar") },
          { "@type": "DataDownload", encodingFormat: "application/atom+xml", contentUrl: link("atom") },
        ],
      },
      {
        "@type": "ItemList",
        "@id": `${pageUrl}#events`,
        name: `${title}: events`,
        numberOfItems: d.events.length,
        itemListElement: d.events.map((e, i) => ({
          "@type": "ListItem",
          position: i + 1,
          item: {
            "@type": "Event",
            "@id": `${pageUrl}#${e.id}`,
            name: e.title,
            startDate: e.date,
            ...(e.endDate ? { endDate: e.endDate } : {}),
            ...(e.place ? { location: { "@type": "Place", name: e.place } } : {}),
          },
        })),
      },
    ],
  };
}
