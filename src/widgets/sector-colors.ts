/** One colour per sector (mid-tone, readable on light and dark backgrounds), shared by every widget. */
const COLORS: Record<string, string> = {
  "political-dialogue": "#4e79a7",
  "sovereignty-and-disputes": "#e15759",
  "economy-trade-investment": "#f28e2b",
  "agriculture-food-security": "#59a14f",
  "transport-logistics": "#76b7b2",
  "energy-climate": "#edc948",
  "science-technology": "#b07aa1",
  "security-defence": "#9c755f",
  religion: "#8cd17d",
  "culture-people": "#ff9da7",
  "mobility-consular": "#499894",
  multilateral: "#a0cbe8",
  health: "#d37295",
};

/** The colour of a sector; grey for a sector added after this table. */
export function sectorColor(sector: string): string {
  return COLORS[sector] ?? "#8c8c8c";
}
