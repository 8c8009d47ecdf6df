/** Interface labels of the widgets, per locale (country names come from Intl.DisplayNames, content from the dossier). */
import type { Locale } from "../i18n/locales";

/** Every label an embed shows. */
export interface WidgetLabels {
  tracks: string;
  latest: string;
  upcoming: string;
  noUpcoming: string;
  noEvents: string;
  entersIntoForce: string;
  sources: (n: number) => string;
  fullDossier: string;
  timeline: string;
  eventsIn: (n: number, month: string) => string;
  milestone: string;
  /** The timeline's sector for events tied to no track. */
  other: string;
  status: Record<"exploratory" | "active" | "established" | "stalled" | "concluded", string>;
}

const plural = (
  lang: Locale,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string => (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other).replace("#", String(n));

/** The labels of one locale. */
export const LABELS: Record<Locale, WidgetLabels> = {
  en: {
    tracks: "Tracks",
    latest: "Latest events",
    upcoming: "Upcoming milestones",
    noUpcoming: "No milestone scheduled.",
    noEvents: "No event recorded.",
    entersIntoForce: "enters into force",
    fullDossier: "Full dossier",
    sources: (n) => plural("en", n, { one: "# source", other: "# sources" }),
    timeline: "Events per month",
    eventsIn: (n, m) => `${m}: ${plural("en", n, { one: "# event", other: "# events" })}`,
    milestone: "Milestone",
    other: "Other",
    status: {
      exploratory: "exploratory",
      active: "active",
      established: "established",
      stalled: "stalled",
      concluded: "concluded",
    },
  },
  fr: {
    tracks: "Volets",
    latest: "Derniers événements",
    upcoming: "Prochaines échéances",
    noUpcoming: "Aucune échéance prévue.",
    noEvents: "Aucun événement enregistré.",
    entersIntoForce: "entre en vigueur",
    fullDossier: "Dossier complet",
    sources: (n) => plural("fr", n, { one: "# source", other: "# sources" }),
    timeline: "Événements par mois",
    eventsIn: (n, m) => `${m} : ${plural("fr", n, { one: "# événement", other: "# événements" })}`,
    milestone: "Jalon",
    other: "Autre",
    status: {
      exploratory: "exploratoire",
      active: "actif",
      established: "établi",
      stalled: "au point mort",
      concluded: "conclu",
    },
  },
  ar: {
    tracks: "المسارات",
    latest: "آخر الأحداث",
    upcoming: "المواعيد المقبلة",
    noUpcoming: "لا يوجد موعد مقرر.",
    noEvents: "لا توجد أحداث مسجلة.",
    entersIntoForce: "يدخل حيز التنفيذ",
    fullDossier: "الملف الكامل",
    sources: (n) =>
      plural("ar", n, { zero: "لا مصادر", one: "مصدر واحد", two: "مصدران", few: "# مصادر", other: "# مصدرًا" }),
    timeline: "الأحداث حسب الشهر",
    eventsIn: (n, m) => `${m}: ${n}`,
    milestone: "محطة",
    other: "أخرى",
    status: { exploratory: "استكشافي", active: "نشط", established: "راسخ", stalled: "متعثر", concluded: "مكتمل" },
  },
  it: {
    tracks: "Filoni",
    latest: "Ultimi eventi",
    upcoming: "Prossime scadenze",
    noUpcoming: "Nessuna scadenza prevista.",
    noEvents: "Nessun evento registrato.",
    entersIntoForce: "entra in vigore",
    fullDossier: "Dossier completo",
    sources: (n) => plural("it", n, { one: "# fonte", other: "# fonti" }),
    timeline: "Eventi per mese",
    eventsIn: (n, m) => `${m}: ${plural("it", n, { one: "# evento", other: "# eventi" })}`,
    milestone: "Tappa",
    other: "Altro",
    status: {
      exploratory: "esplorativo",
      active: "attivo",
      established: "consolidato",
      stalled: "in stallo",
      concluded: "concluso",
    },
  },
  ru: {
    tracks: "Направления",
    latest: "Последние события",
    upcoming: "Ближайшие вехи",
    noUpcoming: "Вехи не запланированы.",
    noEvents: "События не зарегистрированы.",
    entersIntoForce: "вступает в силу",
    fullDossier: "Полное досье",
    sources: (n) => plural("ru", n, { one: "# источник", few: "# источника", other: "# источников" }),
    timeline: "События по месяцам",
    eventsIn: (n, m) => `${m}: ${plural("ru", n, { one: "# событие", few: "# события", other: "# событий" })}`,
    milestone: "Веха",
    other: "Другое",
    status: {
      exploratory: "предварительное",
      active: "активное",
      established: "устоявшееся",
      stalled: "приостановлено",
      concluded: "завершено",
    },
  },
};
