/** The User-Agent of every outbound request: names the project and where a site owner can reach it. */

/** Used when CRAWLER_CONTACT_URL is unset or not an http(s) URL. */
export const DEFAULT_CONTACT_URL = "https://github.com/bilateral-tracker/bilateral";
/** The product token robots.txt groups are matched against. */
export const CRAWLER_TOKEN = "BilateralBot";

/** `BilateralBot/1.0 (+https://contact)`, the contact taken from the CRAWLER_CONTACT_URL var. */
export function userAgent(contactUrl?: string): string {
  const ok = contactUrl !== undefined && /^https?:\/\/[^\s()]+$/.test(contactUrl);
  return `${CRAWLER_TOKEN}/1.0 (+${ok ? contactUrl : DEFAULT_CONTACT_URL})`;
}
