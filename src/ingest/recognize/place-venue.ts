/**
 * A place named through the venue that holds the happening: "in the Durbar Hall of Rashtrapati Bhavan", "en el
 * Salón de Audiencias del Palacio de La Moneda", "nel Palazzo presidenziale di Cartagine", "presso l'Hotel Exedra
 * di Roma", "al numero 10 di Downing Street", "im Großen Saal der Hofburg", "в Георгиевском зале Кремля". A
 * preposition of place opens the phrase; between it and the place stand only the venue's own words: a word for a
 * hall, palace, hotel or office, capitalized names, a number, and the words that link them ("of", "de", "del").
 */

/** A preposition of place that opens a venue phrase, with its article ("in the", "en el", "nel", "presso l'"). */
const OPENER =
  /(?:^|[\s(,])(?:in|at|inside|à|au|dans|a|al|alla|allo|nel|nella|nello|presso|en|em|no|na|im|am|in der|in dem|auf|в|во|на)(?:\s+(?:the|le|la|les|el|los|las|il|lo|o|a|der|dem|des))?(?:\s+l['’]\s*|\s+)/giu;
/** The word for a venue: hall, palace, hotel, office, residence, house, building, centre, ministry, number. */
const VENUE_WORD =
  /^(?:hall|room|palace|hotel|office|residence|house|building|headquarters|centre|center|ministry|villa|setting|salle|salon|palais|hôtel|bureau|résidence|maison|siège|centre|ministère|sala|salone|palazzo|villa|cornice|albergo|ufficio|residenza|sede|centro|ministero|numero|salón|palacio|despacho|residencia|casa|edificio|ministerio|número|salão|palácio|gabinete|residência|edifício|ministério|Saal|Halle|Palast|Schloss|Hotel|Amt|Residenz|Haus|Gebäude|Zentrum|Ministerium|Nummer|зал\p{L}*|дворц\p{L}*|дворе?ц|отел\p{L}*|резиденци\p{L}*|здани\p{L}*|дом\p{L}*|центр\p{L}*|министерств\p{L}*)$/iu;
/** The words that link a venue's names: "of the", "de la", "del", "di", "der", "des". */
const LINK =
  /^(?:of|the|de|du|des|la|le|les|d['’]|del|della|dello|dei|degli|delle|di|dell['’]|el|los|las|do|da|dos|das|der|des|dem|von|und|and|et|e|y)$/iu;
/** An adjective of a venue ("presidential", "royal", "national"): lower case, yet part of its name. */
const VENUE_ADJECTIVE =
  /^(?:presidential|royal|national|state|présidentiel\p{L}*|royal\p{L}*|national\p{L}*|presidenzial\p{L}*|real\p{L}*|nazional\p{L}*|presidencial\p{L}*|nacional\p{L}*|präsidial\p{L}*|königlich\p{L}*|президентск\p{L}*|государственн\p{L}*|больш\p{L}*|мал\p{L}*)$/iu;
/** How far back a venue phrase may start, and how many words it may hold before the place. */
const REACH = 90;
const MAX_WORDS = 8;

/** Whether a word may stand inside a venue's name: capitalized, a number, a link or an adjective of a venue. */
function venueToken(word: string): boolean {
  return (
    /^[\p{Lu}\d]/u.test(word) ||
    LINK.test(word) ||
    VENUE_WORD.test(word) ||
    VENUE_ADJECTIVE.test(word) ||
    /^(?:l|d|dell|all|nell)['’]\p{L}/u.test(word)
  );
}

/** Whether the text right before a place is a venue phrase opened by a preposition of place. */
export function venueBefore(before: string): boolean {
  const window = before.slice(-REACH);
  // The phrase stays within its sentence and outside quotes.
  const tail = window.slice(window.search(/[^.;:!?\n«»"“”]*$/u));
  for (const m of tail.matchAll(OPENER)) {
    const rest = tail.slice(m.index + m[0].length);
    const words = rest.split(/[\s,]+/).filter(Boolean);
    if (words.length === 0 || words.length > MAX_WORDS) continue;
    // A venue word may take one adjective after it ("nella cornice romana di", "la sala ovale del").
    const ok = words.every(
      (w, i) => venueToken(w) || (i > 0 && VENUE_WORD.test(words[i - 1] ?? "") && /^\p{Ll}+$/u.test(w)),
    );
    if (!ok) continue;
    if (words.some((w) => VENUE_WORD.test(w.replace(/^(?:l|d|dell|all|nell)['’]/iu, "")))) return true;
  }
  return false;
}
