/**
 * What page boilerplate looks like, in the languages we read: class/id/aria-label words of boxes
 * that are not the story, headings of "latest"/"related"/"most read" lists, and short blocks of page
 * furniture (comment counters, share bars, audio players, ads). Patterns on text are in matching
 * form (lower case, no accents, Arabic folded: see normalize.ts).
 */

const NOISE_WORDS = [
  "related",
  "latest",
  "most-read",
  "mostread",
  "most_read",
  "popular",
  "trending",
  "share",
  "sharing",
  "social",
  "comments",
  "comment-",
  "disqus",
  "newsletter",
  "subscribe",
  "breadcrumb",
  "advert",
  "promo",
  "sidebar",
  "widget",
  "cookie",
  "player",
  "podcast",
  "listen",
  "recommend",
  "read-more",
  "readmore",
  "more-stories",
  "outbrain",
  "taboola",
  "paywall",
  "lire-aussi",
  "a-lire",
  "leggi-anche",
  "correlati",
  "ultime",
  "byline",
  "author-",
];
const NOISE_LABELS = [
  "latest",
  "related",
  "most read",
  "share",
  "lire aussi",
  "les plus lus",
  "dernières",
  "partager",
  "commentaires",
  "leggi anche",
  "più letti",
  "ultime",
  "condividi",
  "commenti",
  "اقرأ أيضا",
  "الأكثر قراءة",
  "آخر الأخبار",
  "شارك",
  "تعليقات",
];
/** Elements dropped whole in pass 1: page chrome, and boxes whose class, id or aria-label says what they are. */
export const DROP_SELECTOR = [
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "embed",
  "canvas",
  "form",
  "button",
  "select",
  "textarea",
  "label",
  "nav",
  "aside",
  "header",
  "footer",
  "menu",
  "dialog",
  "audio",
  "video",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[role=complementary]",
  "[role=search]",
  "[aria-hidden=true]",
  "[hidden]",
  ...NOISE_WORDS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]),
  ...NOISE_LABELS.map((w) => `[aria-label*="${w}" i]`),
].join(", ");

/**
 * Labels of links to other reports, "related" and "read also" (matching form: lower case, no accents, Arabic folded):
 * a heading of such a list, or a label before its link on one line (recognize/noise-zones.ts).
 */
export const LINK_LABELS: readonly string[] = [
  "related( stories| articles| posts| news)?",
  "read (also|more)",
  "see also",
  "a lire aussi",
  "lire aussi",
  "voir aussi",
  "sur le meme sujet",
  "leggi anche",
  "vedi anche",
  "(articoli )?correlati",
  "noticias? relacionadas?",
  "lea (tambien|mas)",
  "lee tambien",
  "leia (tambem|mais)",
  "veja tambem",
  "saiba mais",
  "lesen sie auch",
  "mehr zum thema",
  "читаите также",
  "смотрите также",
  "اقرا ايضا",
  "(اخبار|مواضيع|مقالات) ذات صلة",
];

/** Headings of lists that are not the story (matching form: lower case, no accents, Arabic folded). */
export const NOISE_HEADING = new RegExp(
  `^(${[
    ...LINK_LABELS,
    "latest( stories| news| articles)?",
    "most (read|popular|viewed|shared)",
    "more (stories|news)",
    "trending( now)?",
    "you (may|might) also like",
    "recommended( for you)?",
    "top stories",
    "les plus lus",
    "dernieres (nouvelles|actualites|infos)",
    "a la une",
    "potrebbe interessarti",
    "(i |le )?piu lett[ie]",
    "ultime notizie",
    "ultim ora",
    "الاكثر قراءة",
    "اخر الاخبار",
    "المزيد من الاخبار",
    "lo mas leido",
    "mas noticias",
    "mais lidas",
    "ultimas noticias",
    "самое читаемое",
    "последние новости",
    "meistgelesen",
    "weitere artikel",
  ].join("|")})$`,
);
/** Short blocks that are page furniture: comment counters, share bars, audio players, ads. */
export const FURNITURE = [
  // A comment counter, maybe with "new"/"latest" on either side ("Новые комментарии +", "تعليقات جديدة").
  /^(\d+ )?((new|latest|recent|nouveaux|derniers|nuovi|ultimi|nuevos|ultimos|novos|neue|neueste|новые|последние) )?(comments?|commentaires?|commenti|comentarios?|kommentare?|комментари\S*|تعليقات?|تعليق)( \d+| جديدة| الاخيرة)?$/,
  /^(leave a comment|laisser un commentaire|lascia un commento|اترك تعليقا|add comment)$/,
  /^(\d+|\d{1,2} \d{2}( \d{1,2} \d{2})?)$/,
  /^(share|partager|condividi|compartir|partilhar|teilen|поделиться|شارك|مشاركة)( (this|on|sur|su|en|em|auf|في|عبر))*( ?(facebook|twitter|x|whatsapp|linkedin|telegram|e ?mail|print|copy link|imprimer|stampa|pinterest|reddit|فيسبوك|تويتر|واتساب))*$/,
  /^((facebook|twitter|x|whatsapp|linkedin|telegram|e ?mail|print|copy link|pinterest|reddit) ?)+$/,
  // A print or e-mail button's label, maybe twice ("Stampa articolo Stampa articolo", "Artikel drucken").
  /^((print|imprimer|stampa|imprimir|drucken|распечатать|печать|طباعة|email|e mail|envoyer|invia|enviar|senden|отправить|ارسال)( (this|cet|l|la|el|esta|este|questo|diesen|эту|هذا|هذه))?( (article|story|page|articolo|pagina|articulo|noticia|artigo|artikel|seite|статью|страницу|الخبر|المقال|الصفحة))?( (drucken|versenden|per e ?mail|by e ?mail|par e ?mail))? ?)+$/,
  /^(artikel|seite) (drucken|versenden)$/,
  /^(listen( to)?( this)? (article|story)|ecouter (cet |l )?article|ascolta( l)? (articolo|l articolo)|استمع (الى|ل) (المقال|الخبر|هذا المقال)|escuchar( este)? articulo|ouvir( este)? artigo|artikel anhoren|слушать( статью)?|audio|play|pause)( \d+ ?(min|mn|minutes?|minuti|دقائق|دقيقة))?( \d{1,2} \d{2})*$/,
  /^(advertisement|publicite|pubblicita|publicidad|anzeige|реклама|اعلان|sponsored)$/,
  // A loading indicator ("Loading...", "Carregando…", "Загрузка").
  /^(loading|chargement( en cours)?|caricamento( in corso)?|cargando|carregando|wird geladen|загрузка|جار التحميل|جاري التحميل)$/,
  /^(follow us|suivez nous|seguici|تابعونا|subscribe|abonnez vous|iscriviti)\b/,
  // An invitation to write to the outlet ("Get in touch", "Contactez-nous", "Связаться с нами", "اتصل بنا").
  /^(get in touch|contact us|contactez nous|nous contacter|contattaci|contattateci|contactenos|contactanos|fale conosco|entre em contato|kontaktieren sie uns|связаться с нами|свяжитесь с нами|اتصل بنا|تواصل معنا)$/,
  // A plug for the outlet's channel ("… on Telegram"), a welcome line, a link to read the story elsewhere.
  /(^|\s)(on|in|sur|su|en|em|auf|в|على|في) (telegram|whatsapp|facebook|twitter|instagram|youtube|tiktok|vk|vkontakte|dzen|дзен|google news|телеграм|تيليغرام|تلغرام)$/,
  /^(welcome to|willkommen auf|willkommen bei|bienvenue sur|bienvenue a|benvenuti su|benvenuto su|bienvenidos a|bienvenido a|bem vindo ao|bem vindo a|bem vindos|добро пожаловать)(\s|$)/,
  /^(read|lire|leggi|leer|ler|lesen|читать|اقرا) (it )?(on|sur|su|en|em|auf|на|على) \S+( \S+){0,2}$/,
  // A paywall note, a navigation bar.
  /(^|\s)(suscriptores|subscribers only|reserve aux abonnes|reservee aux abonnes|riservato agli abbonati|assinantes|nur fur abonnenten|abonnenten vorbehalten|только для подписчиков|للمشتركين)(\s|$)/,
  /^(accueil|startseite|главная|الرئيسية|inicio|pagina iniziale|pagina principale)( \S+){3,}$/,
  /^(skip (to )?(the )?(main )?(content|navigation|menu)|aller au (contenu|menu)( principal)?|passer au contenu( principal)?|vai al (contenuto|menu)( principale)?|salta al contenuto( principale)?|(saltar|ir) al (contenido|menu)( principal)?|ir para o (conteudo|menu)( principal)?|zum (haupt)?(inhalt|menu|navigation) springen|direkt zum (haupt)?inhalt|перейти к (основному )?(содержанию|меню)|переити к (основному )?(содержанию|меню)|انتقل (الى|الي|ل) (المحتوى|المحتوي|القائمة)( الرئيسي| الرييسي| الرئيسية| الرييسية)?)$/,
  // A share widget's label ("Tell a friend", "Envoyer à un ami").
  /^(tell a friend|email a friend|send to a friend|envoyer a un ami|invia a un amico|enviar a un amigo|enviar a um amigo|einem freund senden|weiterempfehlen|отправить другу|ارسل لصديق|أرسل لصديق)$/,
];

/**
 * A last-updated stamp ("Updated 19/04/2019", "آخر تحديث: 19/04/2019"), on a normalized line: never a headline, but
 * kept in the text, where a page with no other date line reads its day as the page's (date-page.ts).
 */
export const UPDATE_STAMP =
  /^(last updated|last update|updated|derniere mise a jour|mis a jour|ultimo aggiornamento|aggiornato|actualizado|ultima actualizacion|atualizado|ultima atualizacao|aktualisiert|zuletzt aktualisiert|обновлено|اخر تحديث|تحديث)(\s|$).{0,40}\d/;

/** A breadcrumb trail ("You are here: Home > News > …"), whatever its length: the cue, a colon and a separator. */
export const BREADCRUMB =
  /^(?:you are here|vous êtes ici|sei qui|usted está aquí|está aquí|você está aqui|sie sind hier|вы здесь|вы находитесь здесь|أنت هنا)\s*:(?:[^>›»]*[>›»])+/iu;
/** A share button's label glued to the headline it precedes ("PARTAGER Le Maroc et le Rwanda signent…"). */
export const SHARE_LABEL =
  /^(?:SHARE|PARTAGER|CONDIVIDI|COMPARTIR|PARTILHAR|COMPARTILHAR|TEILEN|ПОДЕЛИТЬСЯ|شارك)\s+(?=\p{Lu})/u;

/** A photo credit or caption line ("Signing ceremony. Photo: Ministry"), read on the raw line: norm() drops the colon. */
export const CAPTION = /(^|[.\s])(Photos?|Fotos?|Фото|Bild|Images?|صورة|Crédit photo|Credits?|Crédits?)\s?[:|]\s?\S/i;

/** A cookie banner ("This site uses cookies…", "Questo sito usa cookie…"; Russian in matching form, й folded to и), whatever its length. */
export const COOKIE_BANNER =
  /^(this (web)?site uses cookies|we use cookies|questo sito (web )?(usa|utilizza) (i )?cookie|ce site (web )?utilise des cookies|nous utilisons des cookies|este sitio (web )?(usa|utiliza) cookies|utilizamos cookies|este (web)?site (usa|utiliza) cookies|utilizamos cookies|diese (website|webseite|seite) (verwendet|nutzt) cookies|wir verwenden cookies|этот саит использует( фаилы)? cookie|мы используем( фаилы)? cookie|يستخدم هذا الموقع (ملفات تعريف الارتباط|الكوكيز|ملفات الكوكيز))/;
