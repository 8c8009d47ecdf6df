/**
 * The third-party host page of the browser tests, on another loopback port (another origin): it embeds
 * the web component (script included twice, two elements) and a plain iframe resized by the README's
 * snippet. `?lang=` picks the language of the first element and of the iframe.
 */
import { createServer, type Server } from "node:http";
import { freePort } from "./worker-server";

const LANGS = new Set(["en", "fr", "ar", "it", "ru"]);

/** The host page's HTML for a worker origin and a language. */
export function hostPage(worker: string, lang: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Host page</title>
<script src="${worker}/widget.js"></script>
<script src="${worker}/widget.js"></script>
</head>
<body>
<h1>A third-party page</h1>
<bilateral-dossier id="wc" pair="MA-KZ" lang="${lang}" theme="dark"><a id="fallback" href="${worker}/pairs/KZ-MA">Kazakhstan and Morocco on Bilateral</a></bilateral-dossier>
<bilateral-dossier id="wc2" pair="kz-ma" limit="2"><a href="${worker}/pairs/KZ-MA">Bilateral dossier</a></bilateral-dossier>
<iframe id="plain" src="${worker}/embed/KZ-MA?lang=${lang}" title="Bilateral" style="border:0;width:100%;height:150px"></iframe>
<script>
window.resizes = [];
window.addEventListener("message", function (event) {
  if (event.origin !== "${worker}" || !event.data || event.data.type !== "bilateral:resize") return;
  var plain = document.getElementById("plain");
  var from = ["wc", "wc2"].filter(function (id) {
    return document.getElementById(id).shadowRoot.querySelector("iframe").contentWindow === event.source;
  })[0] || (plain.contentWindow === event.source ? "plain" : "unknown");
  window.resizes.push({ from: from, pair: event.data.pair, height: event.data.height });
  if (from === "plain") plain.style.height = event.data.height + "px";
});
</script>
</body>
</html>`;
}

/** A running host server. */
export interface RunningHost {
  origin: string;
  stop: () => Promise<void>;
}

/** Starts the host page server. */
export async function startHost(worker: string): Promise<RunningHost> {
  const port = await freePort();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/") {
      res.writeHead(204).end();
      return;
    }
    const lang = url.searchParams.get("lang") ?? "en";
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(hostPage(worker, LANGS.has(lang) ? lang : "en"));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
