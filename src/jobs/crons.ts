/** Cron schedules: the single source of truth, mirrored in wrangler.toml [triggers] (a test checks it). */
export const CRONS = {
  /** Poll due feeds and fan out their ingestion through the queue. */
  refresh: "*/15 * * * *",
  /** Advance lifecycles whose dates have passed. */
  lifecycle: "30 3 * * *",
} as const;

/** The cron recorded for runs started by hand (POST /v1/admin/jobs/refresh). */
export const MANUAL_REFRESH = "manual:refresh";
