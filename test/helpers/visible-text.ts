/**
 * Walks a page with workerd's HTML parser (HTMLRewriter), text node by text node, knowing for each whether it
 * sits inside a bidi isolate: a <bdi>, or an element below <html> with a `dir` attribute (which the HTML
 * rendering rules isolate; the root's `dir` is the page's own direction). The head, scripts and styles are not reader-visible text and are left out.
 */

export interface TextNode {
  text: string;
  /** The open elements around it, outermost first. */
  path: string[];
  isolated: boolean;
}

const HIDDEN = new Set(["head", "script", "style"]);
// Elements that never hold text nor see an end tag in HTML.
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Every visible text node of an HTML document, in document order. */
export async function visibleText(html: string): Promise<TextNode[]> {
  const stack: { tag: string; isolate: boolean }[] = [];
  const out: TextNode[] = [];
  let pending = "";
  await new HTMLRewriter()
    .on("*", {
      element: (e) => {
        // Void and self-closed (<rect/> in SVG) elements hold no text and never see an end tag.
        if (VOID.has(e.tagName) || (e as unknown as { selfClosing?: boolean }).selfClosing === true) return;
        stack.push({ tag: e.tagName, isolate: e.tagName === "bdi" || (e.tagName !== "html" && e.hasAttribute("dir")) });
        e.onEndTag(() => {
          stack.pop();
        });
      },
    })
    .onDocument({
      text: (t) => {
        pending += t.text;
        if (!t.lastInTextNode) return;
        const text = pending;
        pending = "";
        if (text.trim() === "" || stack.some((s) => HIDDEN.has(s.tag))) return;
        out.push({ text, path: stack.map((s) => s.tag), isolated: stack.some((s) => s.isolate) });
      },
    })
    .transform(new Response(html))
    .arrayBuffer();
  return out;
}

const LATIN = /[A-Za-z\u00C0-\u024F]+/g;

/** The Latin runs of a text node outside any isolate (an element, or FSI…PDI within the text itself). */
export function unisolatedLatin(node: TextNode): string[] {
  if (node.isolated) return [];
  const runs: string[] = [];
  for (const m of node.text.matchAll(LATIN)) {
    const before = node.text.slice(0, m.index);
    const open = (before.match(/\u2068/g)?.length ?? 0) - (before.match(/\u2069/g)?.length ?? 0);
    if (open <= 0) runs.push(`${m[0]} in <${node.path.join(">")}> "${node.text.trim().slice(0, 80)}"`);
  }
  return runs;
}
