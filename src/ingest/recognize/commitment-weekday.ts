/** Weekday names with their inflections, in the eight languages ("Montag", "segunda-feira", "в пятницу", "الأحد"). */
export const WEEKDAY =
  /(?<![\p{L}\p{M}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|понедельник|вторник|сред[аеуы]|четверг|пятниц[аеуы]|суббот[аеуы]|воскресень[еяю]|[وف]?(?:يوم\s+)?(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد))(?![\p{L}\p{M}])/iu;
/** Today and yesterday, in the eight languages: a day a clause names of its own (a step told dated is done). */
export const DAY_WORD =
  /(?<![\p{L}\p{M}])(?:today|yesterday|aujourd|hier|oggi|ieri|hoy|ayer|hoje|ontem|heute|gestern|сегодня|вчера|(?:[وف]?ال)?يوم|أمس)(?![\p{L}\p{M}])/iu;
