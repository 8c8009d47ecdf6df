/**
 * The embed's stylesheet: our constant (never source text), inlined and allowed by its CSP hash.
 * Logical properties only (margin-inline-start, border-block-end, ...) so Arabic mirrors by itself.
 */
const LIGHT = "color-scheme:light;--bg:#fff;--fg:#1d2430;--mu:#5b6472;--ln:#dde1e6;--ac:#1f5fbf";
const DARK = "color-scheme:dark;--bg:#14181f;--fg:#e6e9ee;--mu:#9aa4b2;--ln:#2c333d;--ac:#86b4ff";

/** The CSS text of the embed (light, dark, and auto following prefers-color-scheme). */
export const EMBED_CSS = [
  `:root{${LIGHT}}`,
  `[data-theme=dark]{${DARK}}`,
  `@media (prefers-color-scheme:dark){[data-theme=auto]{${DARK}}}`,
  "body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif}",
  "main{padding-block:10px;padding-inline:14px}",
  "h1{font-size:17px;margin-block:0 6px}",
  "h2{font-size:12px;letter-spacing:.03em;color:var(--mu);margin-block:12px 4px}",
  "ul{list-style:none;margin:0;padding:0}",
  "li{padding-block:4px;border-block-end:1px solid var(--ln)}",
  "li li{border:0;padding-block:0}",
  ".dot{margin-inline-end:6px}",
  ".st{font-size:11px;padding-inline:6px;border:1px solid var(--ln);border-radius:9px;margin-inline-start:6px;color:var(--mu);white-space:nowrap}",
  "time{color:var(--mu);margin-inline-end:6px;white-space:nowrap}",
  ".src{font-size:12px;color:var(--mu);margin-inline-start:14px}",
  ".empty{color:var(--mu);margin:0}",
  ".lf{color:var(--mu)}",
  ".single{font-size:11px;padding-inline:6px;border:1px dashed currentColor;border-radius:9px;margin-inline-start:6px;white-space:nowrap}",
  "a{color:var(--ac)}",
  ".timeline{display:block;inline-size:100%;block-size:auto;color:var(--mu)}",
  ".timeline.narrow{display:none}",
  "@media (max-width:420px){.timeline.wide{display:none}.timeline.narrow{display:block}}",
  ".legend{display:flex;flex-wrap:wrap;gap:2px 10px;font-size:11px;color:var(--mu)}",
  ".legend li{border:0;padding:0}",
  ".legend svg{margin-inline-end:4px}",
  "footer{display:flex;flex-wrap:wrap;justify-content:space-between;gap:8px;margin-block-start:10px;font-size:12px;color:var(--mu)}",
].join("");

let hash: Promise<string> | undefined;

/** The CSP source of the stylesheet: `'sha256-...'` of its exact text (computed once per isolate). */
export function embedStyleHash(): Promise<string> {
  hash ??= crypto.subtle.digest("SHA-256", new TextEncoder().encode(EMBED_CSS)).then((buf) => {
    let bin = "";
    for (const b of new Uint8Array(buf)) bin += String.fromCharCode(b);
    return `'sha256-${btoa(bin)}'`;
  });
  return hash;
}
