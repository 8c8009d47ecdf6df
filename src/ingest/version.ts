/**
 * The version of the analysis pipeline, recorded with every archived report so a re-analysis can tell which
 * reports an older pipeline read. Bump it (date + letter) in the commit that changes what `analyze()` or the
 * lexicons in seed/ would extract from the same text; a refactor that changes no output keeps it.
 */
export const PIPELINE_VERSION = "2026-12-17h";
