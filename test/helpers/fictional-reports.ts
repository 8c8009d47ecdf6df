/** Ingests the fictional KZ–MA reports (./fictional-report.ts) through the worker's admin API, in workerd. */
import { exports } from "cloudflare:workers";
import type { FictionalReport } from "./fictional-report";

export { type FictionalReport, fictionalReport, fictionalReportIn } from "./fictional-report";

/** Posts reports through the admin API and returns the event ids each created. */
export async function ingestReports(reports: readonly FictionalReport[]): Promise<string[][]> {
  const out: string[][] = [];
  for (const r of reports) {
    const res = await exports.default.fetch(
      new Request("https://bilateral.test/v1/admin/articles", {
        method: "POST",
        headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" },
        body: JSON.stringify(r.body),
      }),
    );
    if (res.status !== 201) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
    const { article } = (await res.json()) as { article: { events: { id: string }[] } };
    out.push(article.events.map((e) => e.id));
  }
  return out;
}
