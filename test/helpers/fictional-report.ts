/**
 * Fictional KZ–MA reports written for the tests: each is a distinct meeting (its own city, month and
 * subject), so the pipeline makes one event per report. 'Fixture Wire' is not a real outlet and none of
 * these meetings happened. Pure (no worker import), so Node-side browser tests write the same reports.
 */
const CITIES = [
  "Astana",
  "Casablanca",
  "Almaty",
  "Tangier",
  "Shymkent",
  "Fez",
  "Aktau",
  "Agadir",
  "Karaganda",
  "Oujda",
];
const SUBJECTS = [
  "a grain logistics hub for West African markets",
  "direct flights between the two capitals",
  "cooperation between their customs services",
  "scholarships for students in engineering",
  "renewable energy projects and green hydrogen",
  "the business council's first trade fair",
  "training for young diplomats",
  "a working group on food security",
  "joint research on water management",
  "cultural exchanges between national libraries",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface FictionalReport {
  url: string;
  title: string;
  date: string;
  body: { text: string; url: string; title: string; outlet: string; language: string; publishedAt: string };
}

/** The `i`-th fictional report (0-based), dated on the 10th of a month counted from `start` (YYYY-MM). */
export function fictionalReport(i: number, start = "2026-01"): FictionalReport {
  const [y = 2026, m = 1] = start.split("-").map(Number);
  const month0 = m - 1 + i;
  const year = y + Math.floor(month0 / 12);
  const month = (month0 % 12) + 1;
  const city = CITIES[i % CITIES.length] ?? "Astana";
  const subject = SUBJECTS[i % SUBJECTS.length] ?? "trade";
  const date = `${year}-${String(month).padStart(2, "0")}-10`;
  const title = `Kazakhstan and Morocco discuss ${subject} in ${city} (report ${i + 1})`;
  const url = `https://fixture-wire.example/reports/${i + 1}`;
  const text = [
    `${city.toUpperCase()}, 10 ${MONTHS[month - 1]} ${year} (Fixture Wire) – Delegations of Kazakhstan and Morocco met in ${city} on 10 ${MONTHS[month - 1]} ${year} to discuss ${subject}.`,
    `The Kazakh and Moroccan officials agreed to keep working on ${subject} and to report to their foreign ministers.`,
    `Meeting number ${i + 1} of the series ended with a visit to the port of ${city}.`,
  ].join("\n\n");
  return {
    url,
    title,
    date,
    body: { text, url, title, outlet: "Fixture Wire (fictional)", language: "en", publishedAt: `${date}T18:00:00Z` },
  };
}

/** The `i`-th fictional report (its own city and subject), dated in `month` (YYYY-MM), so months can hold several. */
export function fictionalReportIn(i: number, month: string): FictionalReport {
  const [y = 2026, m = 1] = month.split("-").map(Number);
  const start = y * 12 + (m - 1) - i;
  return fictionalReport(i, `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, "0")}`);
}
