// `node quality/import-texts.mjs DIR`: turns texts fetched again with the stored-pages search (README.md, "Fetching
// the texts again") into quality/real/texts/<id>.json. Each DIR/<id>.txt is written by hand or by a helper as:
//   line 1  `url: <the manifest's url>`
//   line 2  `date: YYYY-MM-DD` (the excerpt's leading full-day marker, removed from the text) or `date:` (none)
//   line 3  `---`
//   line 4… the excerpt exactly as the search returned it
// The id must be in quality/real/manifest.json or a quality/heldout batch, with the same url; a file that does not
// fit is reported and skipped. The outlet comes from the manifest; a missing date leaves `publishedAt` to the
// manifest's `publishedOn`, as the scorer reads it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = process.argv[2];
if (!from || !existsSync(from)) {
  console.error("usage: node quality/import-texts.mjs DIR (a folder of <id>.txt files; see the header of this file)");
  process.exit(2);
}
const manifests = [
  join(root, "quality/real/manifest.json"),
  ...readdirSync(join(root, "quality/heldout"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(root, "quality/heldout", f)),
];
const known = new Map();
for (const file of manifests) {
  for (const r of JSON.parse(readFileSync(file, "utf8")).reports) known.set(r.id, r);
}
const out = join(root, "quality/real/texts");
mkdirSync(out, { recursive: true });
let written = 0;
const skipped = [];
for (const name of readdirSync(from).sort()) {
  if (!name.endsWith(".txt")) continue;
  const id = name.slice(0, -4);
  const [urlLine = "", dateLine = "", rule = "", ...body] = readFileSync(join(from, name), "utf8").split("\n");
  const entry = known.get(id);
  const url = urlLine.replace(/^url:\s*/u, "").trim();
  const date = dateLine.replace(/^date:\s*/u, "").trim();
  if (!urlLine.startsWith("url:") || !dateLine.startsWith("date:") || rule !== "---") {
    skipped.push(`${id} (not in the url/date/--- format)`);
  } else if (!entry || entry.url !== url) {
    skipped.push(`${id} (${entry ? "another url than the manifest's" : "in no manifest"})`);
  } else if (date && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) {
    skipped.push(`${id} (date is not YYYY-MM-DD)`);
  } else {
    const text = { url, outlet: entry.outlet, text: body.join("\n") };
    if (date) text.publishedAt = date;
    writeFileSync(join(out, `${id}.json`), JSON.stringify(text));
    written++;
  }
}
console.log(
  `${written} texts written to quality/real/texts${skipped.length ? `; skipped: ${skipped.join(", ")}` : ""}`,
);
process.exitCode = skipped.length ? 1 : 0;
