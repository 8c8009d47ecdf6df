/**
 * /embed.js: the only script of the embed page (external, so the page's CSP is `script-src 'self'`).
 * It posts the document's height to the parent, which is not secret, hence the "*" target origin;
 * the receiving side (widget.js) checks the origin and the source window.
 */
export const EMBED_SCRIPT = `(function () {
  "use strict";
  if (window.parent === window) return;
  var root = document.documentElement;
  var pair = root.getAttribute("data-pair");
  var last = -1;
  function post() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "bilateral:resize", pair: pair, height: height }, "*");
  }
  if (typeof ResizeObserver === "function") new ResizeObserver(post).observe(root);
  window.addEventListener("load", post);
  post();
})();
`;
