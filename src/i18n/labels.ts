/**
 * UI strings of the human surfaces (HTML pages, Atom titles), per locale. Enum values (statuses, kinds,
 * stances) keep their stable machine names in data; only their display here is translated.
 * Month names are not listed: they come from Intl.DateTimeFormat (see `formatDate`, `formatMonth`).
 */
import type { Locale } from "./locales";

export interface Labels {
  siteTagline: string;
  searchLabel: string;
  searchButton: string;
  noMatch: string;
  trackedPairs: string;
  tracks: string;
  commitments: string;
  events: string;
  positions: string;
  timeline: string;
  sources: string;
  noSources: string;
  machineCoded: string;
  /** Shown before the values of a field whose sources disagree. */
  disputed: string;
  firstStated: string;
  lastReaffirmed: string;
  lastActivity: string;
  signedOn: string;
  effectiveOn: string;
  lifecycle: string;
  updated: string;
  downloads: string;
  languages: string;
  eventsPerMonth: string;
  milestone: string;
  otherSector: string;
  olderEvents: string;
  home: string;
  errorTitle: string;
  errorNotTracked: string;
  errorInvalid: string;
  errorBadRequest: string;
  errorNotFound: string;
  errorInternal: string;
  changeAdded: string;
  changeUpdated: string;
  changeRetracted: string;
  status: Record<string, string>;
  stance: Record<string, string>;
}

const en: Labels = {
  siteTagline: "Relations between pairs of countries, tracked from public reports with their sources.",
  searchLabel: "Find a country",
  searchButton: "Search",
  noMatch: "No tracked pair matches this search.",
  trackedPairs: "Tracked pairs",
  tracks: "Tracks",
  commitments: "Commitments",
  events: "Events",
  positions: "Positions",
  timeline: "Timeline",
  sources: "Sources",
  noSources: "No source recorded.",
  machineCoded: "machine-coded",
  disputed: "Sources disagree",
  firstStated: "First stated",
  lastReaffirmed: "Last reaffirmed",
  lastActivity: "Last activity",
  signedOn: "Signed",
  effectiveOn: "In force from",
  lifecycle: "Lifecycle",
  updated: "Updated",
  downloads: "Data and feeds",
  languages: "Languages",
  eventsPerMonth: "Events per month",
  milestone: "milestone",
  otherSector: "other",
  olderEvents: "Older events (JSON)",
  home: "All pairs",
  errorTitle: "Something is not right",
  errorNotTracked: "We do not track this pair of countries yet.",
  errorInvalid: "This address does not name a pair of countries. A pair is two ISO country codes, such as KZ-MA.",
  errorBadRequest: "This address has a parameter we do not understand.",
  errorNotFound: "There is no page at this address.",
  errorInternal: "Something went wrong on our side. It has been logged.",
  changeAdded: "added",
  changeUpdated: "updated",
  changeRetracted: "retracted",
  status: {
    exploratory: "exploratory",
    active: "active",
    established: "established",
    stalled: "stalled",
    concluded: "concluded",
    discussed: "discussed",
    proposed: "proposed",
    agreed: "agreed",
    signed: "signed",
    ratified: "ratified",
    in_force: "in force",
    suspended: "suspended",
    terminated: "terminated",
  },
  stance: {
    supports: "supports",
    opposes: "opposes",
    neutral: "neutral",
    recognizes: "recognizes",
    "calls-for": "calls for",
  },
};

const fr: Labels = {
  siteTagline: "Les relations entre paires de pays, suivies d'après des sources publiques citées.",
  searchLabel: "Chercher un pays",
  searchButton: "Chercher",
  noMatch: "Aucune paire suivie ne correspond à cette recherche.",
  trackedPairs: "Paires suivies",
  tracks: "Axes",
  commitments: "Engagements",
  events: "Événements",
  positions: "Positions",
  timeline: "Chronologie",
  sources: "Sources",
  noSources: "Aucune source enregistrée.",
  machineCoded: "codé automatiquement",
  disputed: "Les sources divergent",
  firstStated: "Première déclaration",
  lastReaffirmed: "Dernière réaffirmation",
  lastActivity: "Dernière activité",
  signedOn: "Signé",
  effectiveOn: "En vigueur depuis",
  lifecycle: "Étapes",
  updated: "Mis à jour",
  downloads: "Données et flux",
  languages: "Langues",
  eventsPerMonth: "Événements par mois",
  milestone: "jalon",
  otherSector: "autre",
  olderEvents: "Événements plus anciens (JSON)",
  home: "Toutes les paires",
  errorTitle: "Quelque chose ne va pas",
  errorNotTracked: "Nous ne suivons pas encore cette paire de pays.",
  errorInvalid: "Cette adresse ne désigne pas une paire de pays. Une paire, ce sont deux codes ISO, comme KZ-MA.",
  errorBadRequest: "Cette adresse contient un paramètre que nous ne comprenons pas.",
  errorNotFound: "Il n'y a pas de page à cette adresse.",
  errorInternal: "Une erreur s'est produite de notre côté. Elle a été consignée.",
  changeAdded: "ajouté",
  changeUpdated: "modifié",
  changeRetracted: "retiré",
  status: {
    exploratory: "exploratoire",
    active: "actif",
    established: "établi",
    stalled: "à l'arrêt",
    concluded: "achevé",
    discussed: "évoqué",
    proposed: "proposé",
    agreed: "convenu",
    signed: "signé",
    ratified: "ratifié",
    in_force: "en vigueur",
    suspended: "suspendu",
    terminated: "dénoncé",
  },
  stance: {
    supports: "soutient",
    opposes: "s'oppose",
    neutral: "neutre",
    recognizes: "reconnaît",
    "calls-for": "appelle à",
  },
};

const ar: Labels = {
  siteTagline: "العلاقات بين أزواج الدول، متابعة من تقارير علنية مع مصادرها.",
  searchLabel: "ابحث عن بلد",
  searchButton: "بحث",
  noMatch: "لا يوجد زوج متابع يطابق هذا البحث.",
  trackedPairs: "الأزواج المتابعة",
  tracks: "المسارات",
  commitments: "الالتزامات",
  events: "الأحداث",
  positions: "المواقف",
  timeline: "التسلسل الزمني",
  sources: "المصادر",
  noSources: "لا يوجد مصدر مسجل.",
  machineCoded: "مرمّز آليًا",
  disputed: "المصادر مختلفة",
  firstStated: "أول تصريح",
  lastReaffirmed: "آخر تأكيد",
  lastActivity: "آخر نشاط",
  signedOn: "التوقيع",
  effectiveOn: "ساري المفعول منذ",
  lifecycle: "المراحل",
  updated: "آخر تحديث",
  downloads: "البيانات والخلاصات",
  languages: "اللغات",
  eventsPerMonth: "الأحداث في كل شهر",
  milestone: "محطة",
  otherSector: "أخرى",
  olderEvents: "أحداث أقدم (JSON)",
  home: "كل الأزواج",
  errorTitle: "حدث خطأ ما",
  errorNotTracked: "لا نتابع هذا الزوج من الدول بعد.",
  errorInvalid: "هذا العنوان لا يسمّي زوجًا من الدول. الزوج رمزان من رموز ISO مثل KZ-MA.",
  errorBadRequest: "يحتوي هذا العنوان على معامل لا نفهمه.",
  errorNotFound: "لا توجد صفحة في هذا العنوان.",
  errorInternal: "حدث خطأ من جهتنا، وقد سُجّل.",
  changeAdded: "أضيف",
  changeUpdated: "عُدّل",
  changeRetracted: "سُحب",
  status: {
    exploratory: "استكشافي",
    active: "نشط",
    established: "قائم",
    stalled: "متعثر",
    concluded: "منتهٍ",
    discussed: "نوقش",
    proposed: "مقترح",
    agreed: "متفق عليه",
    signed: "موقّع",
    ratified: "مصادق عليه",
    in_force: "ساري المفعول",
    suspended: "معلّق",
    terminated: "منتهي",
  },
  stance: { supports: "تدعم", opposes: "تعارض", neutral: "محايدة", recognizes: "تعترف", "calls-for": "تدعو إلى" },
};

const it: Labels = {
  siteTagline: "Le relazioni tra coppie di paesi, seguite da fonti pubbliche citate.",
  searchLabel: "Cerca un paese",
  searchButton: "Cerca",
  noMatch: "Nessuna coppia seguita corrisponde alla ricerca.",
  trackedPairs: "Coppie seguite",
  tracks: "Filoni",
  commitments: "Impegni",
  events: "Eventi",
  positions: "Posizioni",
  timeline: "Cronologia",
  sources: "Fonti",
  noSources: "Nessuna fonte registrata.",
  machineCoded: "codificato automaticamente",
  disputed: "Le fonti divergono",
  firstStated: "Prima dichiarazione",
  lastReaffirmed: "Ultima conferma",
  lastActivity: "Ultima attività",
  signedOn: "Firmato",
  effectiveOn: "In vigore dal",
  lifecycle: "Tappe",
  updated: "Aggiornato",
  downloads: "Dati e feed",
  languages: "Lingue",
  eventsPerMonth: "Eventi al mese",
  milestone: "tappa",
  otherSector: "altro",
  olderEvents: "Eventi precedenti (JSON)",
  home: "Tutte le coppie",
  errorTitle: "Qualcosa non va",
  errorNotTracked: "Non seguiamo ancora questa coppia di paesi.",
  errorInvalid: "Questo indirizzo non indica una coppia di paesi. Una coppia sono due codici ISO, come KZ-MA.",
  errorBadRequest: "Questo indirizzo contiene un parametro che non comprendiamo.",
  errorNotFound: "Non c'è nessuna pagina a questo indirizzo.",
  errorInternal: "Si è verificato un errore da parte nostra. È stato registrato.",
  changeAdded: "aggiunto",
  changeUpdated: "aggiornato",
  changeRetracted: "ritirato",
  status: {
    exploratory: "esplorativo",
    active: "attivo",
    established: "consolidato",
    stalled: "in stallo",
    concluded: "concluso",
    discussed: "discusso",
    proposed: "proposto",
    agreed: "concordato",
    signed: "firmato",
    ratified: "ratificato",
    in_force: "in vigore",
    suspended: "sospeso",
    terminated: "cessato",
  },
  stance: {
    supports: "sostiene",
    opposes: "si oppone",
    neutral: "neutrale",
    recognizes: "riconosce",
    "calls-for": "chiede",
  },
};

const ru: Labels = {
  siteTagline: "Отношения между парами стран по открытым источникам, со ссылками на них.",
  searchLabel: "Найти страну",
  searchButton: "Искать",
  noMatch: "Ни одна отслеживаемая пара не подходит под запрос.",
  trackedPairs: "Отслеживаемые пары",
  tracks: "Направления",
  commitments: "Обязательства",
  events: "События",
  positions: "Позиции",
  timeline: "Хронология",
  sources: "Источники",
  noSources: "Источник не указан.",
  machineCoded: "машинная разметка",
  disputed: "Источники расходятся",
  firstStated: "Впервые заявлено",
  lastReaffirmed: "Последнее подтверждение",
  lastActivity: "Последняя активность",
  signedOn: "Подписано",
  effectiveOn: "Вступает в силу",
  lifecycle: "Этапы",
  updated: "Обновлено",
  downloads: "Данные и ленты",
  languages: "Языки",
  eventsPerMonth: "События по месяцам",
  milestone: "веха",
  otherSector: "другое",
  olderEvents: "Более ранние события (JSON)",
  home: "Все пары",
  errorTitle: "Что-то пошло не так",
  errorNotTracked: "Мы пока не отслеживаем эту пару стран.",
  errorInvalid: "Этот адрес не обозначает пару стран. Пара — это два кода ISO, например KZ-MA.",
  errorBadRequest: "В этом адресе есть параметр, который мы не понимаем.",
  errorNotFound: "По этому адресу нет страницы.",
  errorInternal: "На нашей стороне произошла ошибка. Она записана в журнал.",
  changeAdded: "добавлено",
  changeUpdated: "изменено",
  changeRetracted: "отозвано",
  status: {
    exploratory: "изучается",
    active: "активно",
    established: "действует",
    stalled: "приостановлено",
    concluded: "завершено",
    discussed: "обсуждалось",
    proposed: "предложено",
    agreed: "согласовано",
    signed: "подписано",
    ratified: "ратифицировано",
    in_force: "в силе",
    suspended: "приостановлено",
    terminated: "прекращено",
  },
  stance: {
    supports: "поддерживает",
    opposes: "возражает",
    neutral: "нейтральна",
    recognizes: "признаёт",
    "calls-for": "призывает",
  },
};

const ALL: Record<Locale, Labels> = { en, fr, ar, it, ru };

/** The UI strings of a locale. */
export function labelsFor(lang: Locale): Labels {
  return ALL[lang];
}

/** A localized status or stance name, falling back to the machine name. */
export function enumLabel(map: Readonly<Record<string, string>>, value: string): string {
  return map[value] ?? value.replaceAll("_", " ");
}

/** A date (`YYYY-MM-DD`) in the locale's long form, computed in UTC so the day never shifts. */
export function formatDate(iso: string, lang: Locale): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(d);
}

/** A month (`YYYY-MM`) as a short localized label. */
export function formatMonth(yearMonth: string, lang: Locale): string {
  const d = new Date(`${yearMonth}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return yearMonth;
  return new Intl.DateTimeFormat(lang, { month: "short", year: "2-digit", timeZone: "UTC" }).format(d);
}
