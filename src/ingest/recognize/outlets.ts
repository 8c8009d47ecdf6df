/**
 * Outlets we know (seed/lexicons/outlets.json): the country an outlet reports from, a weak prior for pair
 * detection, and whether it is an official source (ministry, government, state agency) for corroboration.
 * A URL's country-code TLD gives the home country of outlets not in the table.
 */
import data from "../../../seed/lexicons/outlets.json";
import { ISO_ALPHA2 } from "../../lib/iso3166";

/** What we know of the outlet a report comes from. */
export interface OutletInfo {
  /** The registrable domain matched, e.g. "mfa.gov.kz". */
  domain: string;
  /** ISO 3166-1 alpha-2 of the outlet's home country, when known. */
  country?: string;
  kind?: "ministry" | "government" | "state-agency" | "newspaper" | "broadcaster" | "wire";
  /** A foreign ministry, a presidency or government, or a state news agency. */
  official: boolean;
}

type Entry = { country?: string; kind: OutletInfo["kind"]; official: boolean };
const OUTLETS = (data as unknown as { outlets: Readonly<Record<string, Entry>> }).outlets;
const CODES = new Set<string>(ISO_ALPHA2);
/** Country-code TLDs that are not a home country (widely sold as generic names). */
const GENERIC_CCTLDS = new Set([
  "io",
  "co",
  "tv",
  "me",
  "ai",
  "ly",
  "fm",
  "am",
  "ws",
  "cc",
  "to",
  "gg",
  "la",
  "nu",
  "su",
]);

/** The outlet of a report's URL: from the table (longest matching domain), else its ccTLD; undefined when unknown. */
export function outletOf(url: string | undefined): OutletInfo | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const host = new URL(url).hostname
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.$/, "");
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const domain = labels.slice(i).join(".");
    const e = OUTLETS[domain];
    if (e)
      return {
        domain,
        official: e.official,
        ...(e.country ? { country: e.country } : {}),
        ...(e.kind ? { kind: e.kind } : {}),
      };
  }
  const tld = labels.at(-1) ?? "";
  const code = tld === "uk" ? "GB" : tld.toUpperCase();
  if (tld.length === 2 && !GENERIC_CCTLDS.has(tld) && CODES.has(code))
    return { domain: host, country: code, official: false };
  return undefined;
}
