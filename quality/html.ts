/**
 * A rough HTML-to-text for the scorer: the pipeline reads HTML with workerd's HTMLRewriter, which Node lacks,
 * so HTML fixtures are scored on their text (scripts, styles, navigation and footers dropped, blocks as
 * paragraphs) with the page's <title> or first <h1> as title. Their boilerplate stripping is not scored here.
 */
import { decodeEntities } from "../src/ingest/read/entities-html";

const BLOCK = /<\/?(p|div|h[1-6]|li|ul|ol|br|article|section|header|blockquote|tr|table)\b[^>]*>/gi;

/** The text and title of an HTML page, for scoring in Node. */
export function roughHtmlToText(html: string): { text: string; title?: string } {
  const bare = html.replace(/<(script|style|nav|footer|aside|noscript)\b[\s\S]*?<\/\1>/gi, " ");
  const head = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(bare)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(bare)?.[1];
  const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(bare)?.[1] ?? bare).replace(
    /<title[^>]*>[\s\S]*?<\/title>/gi,
    " ",
  );
  const text = decodeEntities(body.replace(BLOCK, "\n\n").replace(/<[^>]+>/g, " "))
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
  const title = head
    ? decodeEntities(head.replace(/<[^>]+>/g, " "))
        .replace(/\s+/g, " ")
        .trim()
    : undefined;
  return title ? { text, title } : { text };
}
