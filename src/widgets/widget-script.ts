/**
 * /widget.js: the dependency-free `<bilateral-dossier>` custom element, served as a string.
 *
 * It renders the embed in an iframe (in the element's shadow root, so the host's CSS cannot reach it)
 * whose src is /embed/{pair} on the script's own origin. The light-DOM children the host wrote (a plain
 * link to the dossier) stay in the document: they show when JavaScript is off, and crawlers and
 * readers without the element still see them. Resize messages are accepted only from the element's
 * own iframe (event.source) and from the embed origin (event.origin). Including the script twice is
 * harmless: the second copy sees the element already defined.
 */
export const WIDGET_SCRIPT = `(function () {
  "use strict";
  var NAME = "bilateral-dossier";
  if (!window.customElements || window.customElements.get(NAME)) return;
  var script = document.currentScript;
  var base = script && script.src ? script.src : "";
  if (!base) {
    var found = document.querySelector('script[src*="/widget.js"]');
    base = found ? found.src : location.href;
  }
  var origin = new URL(base, location.href).origin;
  var LANGS = ["en", "fr", "ar", "it", "ru"];
  var THEMES = ["light", "dark", "auto"];

  function embedUrl(el) {
    var m = /^([A-Za-z]{2})-([A-Za-z]{2})$/.exec(el.getAttribute("pair") || "");
    if (!m) return null;
    var codes = [m[1].toUpperCase(), m[2].toUpperCase()].sort();
    var url = new URL("/embed/" + codes.join("-"), origin);
    var lang = el.getAttribute("lang");
    if (lang && LANGS.indexOf(lang) >= 0) url.searchParams.set("lang", lang);
    var theme = el.getAttribute("theme");
    if (theme && THEMES.indexOf(theme) >= 0) url.searchParams.set("theme", theme);
    var tracks = el.getAttribute("tracks");
    if (tracks) url.searchParams.set("tracks", tracks);
    var limit = el.getAttribute("limit");
    if (limit && /^[0-9]{1,2}$/.test(limit)) url.searchParams.set("limit", limit);
    return url.href;
  }

  class BilateralDossier extends HTMLElement {
    static get observedAttributes() { return ["pair", "lang", "theme", "tracks", "limit"]; }

    constructor() {
      super();
      this._frame = null;
      this._onMessage = this._onMessage.bind(this);
    }

    connectedCallback() {
      window.addEventListener("message", this._onMessage);
      this._render();
    }

    disconnectedCallback() {
      window.removeEventListener("message", this._onMessage);
    }

    attributeChangedCallback() {
      if (this.isConnected) this._render();
    }

    _render() {
      var src = embedUrl(this);
      // A missing or malformed pair: leave the host's fallback children visible.
      if (!src) return;
      if (!this.shadowRoot) {
        var root = this.attachShadow({ mode: "open" });
        var style = document.createElement("style");
        style.textContent = ":host{display:block}iframe{display:block;border:0;inline-size:100%;block-size:420px;color-scheme:normal}";
        var frame = document.createElement("iframe");
        frame.setAttribute("title", this.getAttribute("title") || "Bilateral dossier");
        frame.setAttribute("loading", "lazy");
        frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
        root.appendChild(style);
        root.appendChild(frame);
        this._frame = frame;
      }
      if (this._frame && this._frame.getAttribute("src") !== src) this._frame.setAttribute("src", src);
    }

    _onMessage(event) {
      var frame = this._frame;
      if (!frame || event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.type !== "bilateral:resize") return;
      var height = Number(data.height);
      if (!isFinite(height) || height <= 0) return;
      frame.style.blockSize = Math.min(Math.ceil(height), 10000) + "px";
    }
  }

  window.customElements.define(NAME, BilateralDossier);
})();
`;
