/** Worker entry: wiring only. */
import { app } from "./app";
import { queue } from "./jobs/consume-ingest";
import { scheduled } from "./jobs/scheduled";

export default {
  fetch: app.fetch,
  scheduled,
  queue,
} satisfies ExportedHandler<Env>;
