// `node quality/run.mjs --sector-depth`: prints the depth and parity of the sector lexicons (quality/sector-depth.ts).
import { depthReport } from "./sector-depth";

console.log(depthReport());
