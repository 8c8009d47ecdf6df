// Generates distinct articles for the ingest benchmark: half about KZ-MA (built from the fixture articles'
// paragraphs), three in ten about invented pairs of other real countries, two in ten about no pair; in
// en, fr, ar and it. Each one gets a numbered note, a reordered subset of its paragraphs, its own date,
// outlet and URL, so no two share a content hash (syndication by MinHash similarity can still be found:
// reports of one meeting are alike, as in real life). Deterministic: the same count gives the same articles.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTRIES, NO_PAIR_REPORT, OUTLETS, PAIR_REPORT, REPORTERS, TOPICS, UNIQUE_NOTE } from "./article-texts.mjs";

const LANGS = ["en", "fr", "ar", "it"];
const FIXTURES = "test/fixtures/articles";

/** mulberry32: a small seeded PRNG, so a run's articles can be regenerated exactly. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITIES = { "&#8217;": "’", "&mdash;": "—", "&ndash;": "–", "&amp;": "&", "&nbsp;": " " };
const decodeEntities = (s) => s.replace(/&#8217;|&mdash;|&ndash;|&amp;|&nbsp;/g, (e) => ENTITIES[e]);

/** Paragraphs of a fixture: its text split on blank lines, or its HTML's story paragraphs (page noise dropped). */
function paragraphsOf(fixture) {
  if (fixture.text) return fixture.text.split(/\n\n+/).filter((p) => p.trim());
  const ps = [...fixture.html.matchAll(/<p>([^<]{60,})<\/p>/g)].map((m) => decodeEntities(m[1]));
  return ps.filter((p) => p !== decodeEntities(fixture.title ?? ""));
}

/** The fixture articles (minus their test expectations), by language. */
function fixturesByLanguage() {
  const by = Object.fromEntries(LANGS.map((l) => [l, { pair: [], none: [] }]));
  for (const file of readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const f = JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));
    const lang = f.expected?.language ?? file.slice(0, 2);
    const title = f.title ?? decodeEntities(/<h1>([^<]+)<\/h1>/.exec(f.html ?? "")?.[1] ?? "");
    const entry = { title, paragraphs: paragraphsOf(f) };
    by[lang]?.[f.expected?.pair ? "pair" : "none"].push(entry);
  }
  return by;
}

const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];

/** The lead, then a shuffled subset of the rest (at least two kept), with the unique note at a random place. */
function vary(rand, [lead, ...rest], note) {
  const kept = rest.filter(() => rand() > 0.3);
  while (kept.length < Math.min(2, rest.length)) kept.push(rest[kept.length]);
  for (let i = kept.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [kept[i], kept[j]] = [kept[j], kept[i]];
  }
  kept.splice(Math.floor(rand() * (kept.length + 1)), 0, note);
  return [lead, ...kept];
}

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const htmlEscape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** What article `i` of `benchArticles` is about: KZ-MA (half), another invented pair (3 in 10), or no pair. */
export function articleKind(i) {
  return i % 10 < 5 ? "kz-ma" : i % 10 < 8 ? "pair" : "none";
}

/** `count` distinct admin-API bodies ({ text | html, title, outlet, url?, publishedAt, language? }). */
export function benchArticles(count, seed = 2026) {
  const rand = prng(seed);
  const fixtures = fixturesByLanguage();
  const codes = Object.keys(COUNTRIES);
  const start = Date.UTC(2024, 0, 1);
  const out = [];
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length];
    const kind = articleKind(i);
    const note = UNIQUE_NOTE[lang](i + 1, pick(rand, REPORTERS));
    let title;
    let paragraphs;
    if (kind === "kz-ma") {
      const base = pick(rand, fixtures[lang].pair);
      title = base.title;
      paragraphs = vary(rand, base.paragraphs, note);
    } else if (kind === "pair") {
      const a = pick(rand, codes);
      const b = pick(
        rand,
        codes.filter((c) => c !== a),
      );
      const t = pick(rand, TOPICS[lang]);
      const r = PAIR_REPORT[lang];
      const [na, nb] = [COUNTRIES[a][lang], COUNTRIES[b][lang]];
      title = r.title(na, nb);
      paragraphs = vary(rand, [r.lead(na, nb, t), ...r.rest(na, nb, t)], note);
    } else {
      // English no-pair reports alternate between the many-countries fixture and the market round-up.
      const fixture = lang === "en" && i % 40 === 8 ? fixtures.en.none[0] : undefined;
      title = fixture?.title ?? NO_PAIR_REPORT[lang].title();
      paragraphs = vary(rand, fixture?.paragraphs ?? NO_PAIR_REPORT[lang].paragraphs, note);
    }
    const outlet = pick(rand, OUTLETS);
    const day = new Date(start + Math.floor(rand() * 700) * 86_400_000);
    const publishedAt =
      rand() < 0.5
        ? day.toISOString().slice(0, 10)
        : `${day.toISOString().slice(0, 11)}${String(6 + (i % 14)).padStart(2, "0")}:15:00Z`;
    const body = { title, outlet, publishedAt };
    // One in ten has no URL, so only its content identifies it; the rest have a URL of their own.
    if (i % 10 !== 3)
      body.url = `https://${slug(outlet)}.example/${publishedAt.slice(0, 7).replace("-", "/")}/${slug(title) || "report"}-${i + 1}`;
    // One in four is sent as an HTML page with navigation and a footer, the rest as plain text.
    if (i % 4 === 1) {
      const ps = paragraphs.map((p) => `<p>${htmlEscape(p)}</p>`).join("\n");
      body.html = `<!doctype html><html lang="${lang}"><head><title>${htmlEscape(title)} | ${outlet}</title></head><body><nav><a href="/">${outlet}</a></nav><article><h1>${htmlEscape(title)}</h1>\n${ps}\n</article><footer><p>© ${outlet}</p></footer></body></html>`;
    } else {
      body.text = paragraphs.join("\n\n");
      // Half the plain-text reports declare their language; the rest leave it to detection.
      if (i % 2 === 0) body.language = lang;
    }
    out.push(body);
  }
  return out;
}
