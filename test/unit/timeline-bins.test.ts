import { describe, it } from "vitest";
import { formatMonth } from "../../src/i18n/dates";
import { niceMax, timelineBins } from "../../src/widgets/timeline-bins";
import { placeLabels, textWidth } from "../../src/widgets/timeline-labels";

const cells = (months: Record<string, number>) =>
  Object.entries(months).map(([month, count]) => ({ month, sector: "political-dialogue", count }));

describe("timeline periods", () => {
  it("keeps months while they fit, then folds into quarters, then years", ({ expect }) => {
    const data = { cells: cells({ "2020-01": 2, "2020-02": 1, "2024-12": 5 }), milestones: [] };
    expect(timelineBins(data, [], 100).granularity).toBe("month");
    expect(timelineBins(data, [], 100).bins).toHaveLength(60);
    const quarters = timelineBins(data, [], 30);
    expect(quarters.granularity).toBe("quarter");
    expect(quarters.bins[0]).toMatchObject({ key: "2020-Q1", total: 3 });
    const years = timelineBins(data, [], 10);
    expect(years.granularity).toBe("year");
    expect(years.bins.map((b) => [b.key, b.total])).toEqual([
      ["2020", 3],
      ["2021", 0],
      ["2022", 0],
      ["2023", 0],
      ["2024", 5],
    ]);
  });

  it("stretches the range to a milestone outside the events, and stacks sectors in taxonomy order", ({ expect }) => {
    const { bins } = timelineBins(
      {
        cells: [
          { month: "2025-01", sector: "security-defence", count: 1 },
          { month: "2025-01", sector: "political-dialogue", count: 2 },
        ],
        milestones: [{ date: "2025-03-19", kind: "in_force", title: "x" }],
      },
      ["political-dialogue", "security-defence"],
      48,
    );
    expect(bins.map((b) => b.key)).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(bins[0]?.bySector).toEqual([
      ["political-dialogue", 2],
      ["security-defence", 1],
    ]);
    expect(bins[2]?.milestones).toHaveLength(1);
  });

  it("rounds the count axis up to a readable top", ({ expect }) => {
    expect([1, 2, 3, 5, 6, 7, 9, 11, 45, 120].map(niceMax)).toEqual([1, 2, 3, 5, 6, 8, 10, 20, 50, 200]);
  });
});

describe("timeline labels", () => {
  it("never overlap nor leave the drawing, in Arabic and English, left to right or mirrored", ({ expect }) => {
    const months = Array.from(
      { length: 48 },
      (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
    );
    for (const lang of ["en", "ar", "ru"] as const) {
      for (const width of [320, 600, 720]) {
        const labels = months.map((m) => formatMonth(m, lang));
        const slot = (width - 36) / labels.length;
        for (const mirrored of [false, true]) {
          const centers = labels.map((_, i) => (mirrored ? width - (28 + (i + 0.5) * slot) : 28 + (i + 0.5) * slot));
          const placed = placeLabels(labels, centers, width, 11);
          expect(placed.length, `${lang} ${width}`).toBeGreaterThan(1);
          const spans = placed
            .map((p) => {
              const half = textWidth(labels[p.index] ?? "", 11) / 2;
              return [p.x - half, p.x + half] as const;
            })
            .sort((a, b) => a[0] - b[0]);
          for (const [i, s] of spans.entries()) {
            expect(s[0]).toBeGreaterThanOrEqual(0);
            expect(s[1]).toBeLessThanOrEqual(width);
            const next = spans[i + 1];
            if (next) expect(next[0], `${lang} ${width} ${mirrored}`).toBeGreaterThan(s[1]);
          }
        }
      }
    }
  });
});
