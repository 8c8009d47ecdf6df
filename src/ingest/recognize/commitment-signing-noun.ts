/**
 * A signing told as a noun ("the signing", "la firma", "подписания", "توقيع", "إبرامها"), not as an act ("signed"):
 * what an anniversary marks, what "takes place", what a call or a future verb governs. Read on the raw text or on its
 * matching form alike (accents and hamza either way).
 */
export const SIGNING_NOUN =
  /^(?:signing|signatures?|firmas?|firme|assinatura|suscripci[oó]n|sottoscrizione|unterzeichnung|unterschrift|подписани\p{L}*|[وفبل]?(?:ال|لل)?توقيع(?:ها|ه|هما|هم)?|[وفبل]?(?:ال)?[إا]برام(?:ها|ه)?|(?:ال)?[إا]مضاء)$/iu;

/**
 * A ratification told as a noun ("the ratification", "la ratifica", "la ratificación", "ратификации", "التصديق"), not
 * as a finite verb: what a bill, a procedure or a call governs.
 */
export const RATIFICATION_NOUN =
  /^(?:ratification\p{L}*|ratifica(?:zion[ei]|[cç]\p{L}*)?|ratifizierung\p{L}*|ратификаци\p{L}*|[وفبل]?(?:ال|لل)?(?:تصديق|مصادقة)(?:ها|ه|هما)?)$/iu;
