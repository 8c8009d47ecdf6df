/**
 * What page boilerplate looks like, in the languages we read: class/id/aria-label words of boxes
 * that are not the story, headings of "latest"/"related"/"most read" lists, and short blocks of page
 * furniture (comment counters, share bars, audio players, ads). Patterns on text are in matching
 * form (lower case, no accents, Arabic folded: see normalize.ts).
 */

const NOISE_WORDS = [
  "related", "latest", "most-read", "mostread", "most_read", "popular", "trending", "share", "sharing", "social",
  "comments", "comment-", "disqus", "newsletter", "subscribe", "breadcrumb", "advert", "promo", "sidebar", "widget", "cookie", "player",
  "podcast", "listen", "recommend", "read-more", "readmore", "more-stories", "outbrain", "taboola", "paywall",
  "lire-aussi", "a-lire", "leggi-anche", "correlati", "ultime", "byline", "author-",
];
const NOISE_LABELS = [
  "latest", "related", "most read", "share", "lire aussi", "les plus lus", "dernières", "partager", "commentaires",
  "leggi anche", "più letti", "ultime", "condividi", "commenti", "اقرأ أيضا", "الأكثر قراءة", "آخر الأخبار", "شارك", "تعليقات",
];
/** Elements dropped whole in pass 1: page chrome, and boxes whose class, id or aria-label says what they are. */
export const DROP_SELECTOR = [
  "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "form", "button", "select",
  "textarea", "label", "nav", "aside", "header", "footer", "menu", "dialog", "audio", "video",
  "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[role=search]",
  "[aria-hidden=true]", "[hidden]",
  ...NOISE_WORDS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]),
  ...NOISE_LABELS.map((w) => `[aria-label*="${w}" i]`),
].join(", ");

/** Headings of lists that are not the story (matching form: lower case, no accents, Arabic folded). */
export const NOISE_HEADING = new RegExp(
  `^(${[
    "latest( stories| news| articles)?", "related( stories| articles| posts| news)?", "most (read|popular|viewed|shared)",
    "read (also|more)", "see also", "more (stories|news)", "trending( now)?", "you (may|might) also like", "recommended( for you)?",
    "top stories", "a lire aussi", "lire aussi", "les plus lus", "dernieres (nouvelles|actualites|infos)", "a la une",
    "sur le meme sujet", "voir aussi", "leggi anche", "potrebbe interessarti", "(i |le )?piu lett[ie]", "ultime notizie",
    "ultim ora", "(articoli )?correlati", "اقرا ايضا", "الاكثر قراءة", "اخر الاخبار", "(اخبار|مواضيع|مقالات) ذات صلة",
    "المزيد من الاخبار", "lo mas leido", "mas noticias", "mais lidas", "ultimas noticias", "читаите также",
    "самое читаемое", "последние новости", "meistgelesen", "weitere artikel",
  ].join("|")})$`,
);
/** Short blocks that are page furniture: comment counters, share bars, audio players, ads. */
export const FURNITURE = [
  /^(\d+ )?(comments?|commentaires?|commenti|comentarios?|kommentare?|комментари\S*|تعليقات?|تعليق)( \d+)?$/,
  /^(leave a comment|laisser un commentaire|lascia un commento|اترك تعليقا|add comment)$/,
  /^(\d+|\d{1,2} \d{2}( \d{1,2} \d{2})?)$/,
  /^(share|partager|condividi|compartir|partilhar|teilen|поделиться|شارك|مشاركة)( (this|on|sur|su|en|em|auf|في|عبر))*( ?(facebook|twitter|x|whatsapp|linkedin|telegram|e ?mail|print|copy link|imprimer|stampa|pinterest|reddit|فيسبوك|تويتر|واتساب))*$/,
  /^((facebook|twitter|x|whatsapp|linkedin|telegram|e ?mail|print|copy link|pinterest|reddit) ?)+$/,
  /^(listen( to)?( this)? (article|story)|ecouter (cet |l )?article|ascolta( l)? (articolo|l articolo)|استمع (الى|ل) (المقال|الخبر|هذا المقال)|escuchar( este)? articulo|ouvir( este)? artigo|artikel anhoren|слушать( статью)?|audio|play|pause)( \d+ ?(min|mn|minutes?|minuti|دقائق|دقيقة))?( \d{1,2} \d{2})*$/,
  /^(advertisement|publicite|pubblicita|publicidad|anzeige|реклама|اعلان|sponsored)$/,
  /^(follow us|suivez nous|seguici|تابعونا|subscribe|abonnez vous|iscriviti)\b/,
];
