// `npm start [-- --port N]`: prepares the local D1 (pending migrations/, then seed/, both idempotent) and runs `wrangler dev`
// with scheduled-event testing on. Creates .dev.vars from .dev.vars.example when missing.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { seedSql } from "./seed-sql.mjs";

const wrangler = ["node_modules/wrangler/bin/wrangler.js"];

function run(args, env = process.env) {
  const r = spawnSync(process.execPath, [...wrangler, ...args], { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`\nnpm start: 'wrangler ${args.join(" ")}' failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("npm start: created .dev.vars from .dev.vars.example (local-only ADMIN_TOKEN).");
}

mkdirSync(".wrangler", { recursive: true });
writeFileSync(".wrangler/seed.sql", seedSql());
// Applies only the migrations this database has not recorded; a database made from schema.sql before
// migrations existed takes 0001 (all IF NOT EXISTS) as a no-op and then the later ones.
// CI=1 answers wrangler's "continue?" prompt, which guards remote databases, not this local one.
run(["d1", "migrations", "apply", "DB", "--local"], { ...process.env, CI: "1" });
run(["d1", "execute", "DB", "--local", "--file=.wrangler/seed.sql"]);

const args = process.argv.slice(2);
const hasPort = args.some((a) => a === "--port" || a.startsWith("--port="));
const dev = spawn(
  process.execPath,
  [...wrangler, "dev", "--test-scheduled", ...(hasPort ? [] : ["--port", "8787"]), ...args],
  {
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
