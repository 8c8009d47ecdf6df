import { CRONS } from "./crons";
import { runLifecycle } from "./lifecycle";
import { runRefresh } from "./refresh";

/** Dispatches a cron trigger on `controller.cron`; an unknown schedule is an error, not a silent no-op. */
export async function scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext): Promise<void> {
  const opts = {
    cron: controller.cron,
    scheduledTime: controller.scheduledTime,
    now: new Date(controller.scheduledTime),
  };
  switch (controller.cron) {
    case CRONS.refresh:
      await runRefresh(env, opts);
      return;
    case CRONS.lifecycle:
      await runLifecycle(env, opts);
      return;
    default:
      throw new Error(`unknown cron schedule: ${controller.cron}`);
  }
}
