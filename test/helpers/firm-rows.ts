/**
 * The probe harness of the commitment rule tests: a FICTIONAL text analysed as a report, its signed, ratified or
 * in-force commitments flattened to rows of the fields a test names (null where absent), in a stable order.
 */
import { analyze } from "../../src/ingest/analyze";

const FIRM = new Set(["signed", "ratified", "in_force"]);
type Field = "status" | "legalForm" | "track" | "sector" | "signedOn" | "effectiveOn";
export type Row = readonly (string | null)[];

const byJson = (a: Row, b: Row) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** Rows in the order firmRows gives them, for comparing with an expectation written in any order. */
export function sortedRows(rows: readonly Row[]): Row[] {
  return rows.map((r) => [...r]).sort(byJson);
}

/**
 * The firm commitments of `text` as rows of `fields`, sorted, and the report's pair keys. `perInstrument` repeats a
 * counted commitment ("three memoranda") once per instrument.
 */
export async function firmRows(
  text: string,
  fields: readonly Field[],
  { publishedAt = "2026-03-11", perInstrument = false }: { publishedAt?: string; perInstrument?: boolean } = {},
): Promise<{ rows: Row[]; pairs: string[] }> {
  const a = await analyze({ text, publishedAt });
  const rows = a.commitments
    .filter((c) => FIRM.has(c.status))
    .flatMap((c) => {
      const row = fields.map((f) => (c[f] as string | undefined) ?? null);
      return Array.from({ length: perInstrument ? (c.instruments ?? 1) : 1 }, () => row);
    });
  return { rows: sortedRows(rows), pairs: a.pairs.map((p) => p.key).sort() };
}
