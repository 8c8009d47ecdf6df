/** The HTML shell of every human page: <html lang dir>, landmarks, our CSS (logical properties for RTL, print rules). */
import type { Child } from "hono/jsx";
import { labelsFor } from "../i18n/labels";
import { dirOf, LOCALES, type Locale } from "../i18n/locales";

// Logical properties (margin-inline, padding-inline-start, text-align: start) make one stylesheet serve
// left-to-right and right-to-left pages alike.
/** The stylesheet of every page (allowed by its hash in the CSP, src/http/csp.ts). */
export const CSS = `
:root{color-scheme:light dark;--fg:#1d232b;--muted:#5b6573;--line:#d8dde3;--accent:#0b5cad;--bg:#fff}
@media (prefers-color-scheme:dark){:root{--fg:#e7eaee;--muted:#a5adb8;--line:#3a424c;--accent:#7db7ff;--bg:#14181d}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,"Noto Sans","Noto Sans Arabic",sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-inline-size:60rem;margin-inline:auto;padding-inline:1rem}
header{padding-block:1rem;border-block-end:1px solid var(--line)}
nav a{margin-inline-end:1rem}
a{color:var(--accent)}
h1{font-size:1.8rem;margin-block:.5rem}
h2{font-size:1.3rem;margin-block:2rem .5rem;border-block-end:1px solid var(--line)}
h3{font-size:1.05rem;margin-block:.2rem}
.items{list-style:none;padding:0}
.items>li{padding-block:.6rem;border-block-end:1px solid var(--line)}
.meta{color:var(--muted);font-size:.9rem}
.status{display:inline-block;padding-inline:.5rem;border:1px solid var(--line);border-radius:1rem;font-size:.85rem}
.machine{font-size:.8rem;border:1px dashed var(--muted);padding-inline:.3rem;margin-inline-start:.3rem}
.official,.single-source{font-size:.8rem;border:1px solid currentColor;padding-inline:.3rem;margin-inline-start:.3rem}
.disputed{border-inline-start:3px solid #c0392b;padding-inline-start:.4rem}
ol.steps{padding-inline-start:1.2rem;margin-block:.2rem}
ul.sources{padding-inline-start:1.2rem;font-size:.9rem}
form.search{display:flex;gap:.5rem;margin-block:1rem}
form.search input{flex:1;padding:.4rem;font:inherit}
figure{margin-inline:0}
svg.timeline{display:block;inline-size:100%;block-size:auto;color:var(--muted)}
svg.timeline.narrow{display:none}
@media (max-width:44rem){svg.timeline.wide{display:none}svg.timeline.narrow{display:block}}
ul.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;padding:0;margin-block:.5rem;font-size:.85rem;color:var(--muted)}
ul.legend svg{margin-inline-end:.3rem}
ol.milestones{list-style:"◆ ";padding-inline-start:1.2rem;margin-block:.3rem;font-size:.85rem;color:var(--muted)}
nav.pager{display:flex;gap:1.5rem;margin-block:1rem}
footer{padding-block:2rem;color:var(--muted);font-size:.9rem}
@media print{
  header nav,form.search,footer .langs{display:none}
  body{font-size:11pt;color:#000;background:#fff}
  a{color:#000;text-decoration:none}
  a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}
  h2{break-after:avoid}
  li{break-inside:avoid}
}`;

export interface LayoutProps {
  lang: Locale;
  title: string;
  /** Path of this page without query, for the language switcher. */
  path: string;
  head?: Child;
  children?: Child;
}

/** The page shell. */
export function Layout(props: LayoutProps) {
  const l = labelsFor(props.lang);
  return (
    <html lang={props.lang} dir={dirOf(props.lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
        {props.head}
      </head>
      <body>
        <header>
          <nav aria-label="Bilateral">
            <a href={props.lang === "en" ? "/" : `/?lang=${props.lang}`}>
              <bdi>Bilateral</bdi>
            </a>
            <a href={props.lang === "en" ? "/" : `/?lang=${props.lang}`}>{l.home}</a>
          </nav>
        </header>
        <main id="main">{props.children}</main>
        <footer>
          <nav class="langs" aria-label={l.languages}>
            {LOCALES.map((code) => (
              <a
                href={code === "en" ? props.path : `${props.path}?lang=${code}`}
                hreflang={code}
                lang={code}
                dir="auto"
              >
                {new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code}
              </a>
            ))}
          </nav>
        </footer>
      </body>
    </html>
  );
}

/** Serializes a page with its doctype. Our components are synchronous, so toString() is a string. */
export function renderPage(node: { toString(): string | Promise<string> }): Promise<string> {
  return Promise.resolve(node.toString()).then((html) => `<!doctype html>${html}`);
}
