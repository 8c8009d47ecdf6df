/** Worker entry: wiring only. */
import { app } from "./app";
import { queue, scheduled } from "./jobs/scheduled";

export default {
  fetch: app.fetch,
  scheduled,
  queue,
} satisfies ExportedHandler<Env>;
