// Values the browser project's globalSetup hands to its tests (vitest `provide` / `inject`).
declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the worker under `wrangler dev` (http://127.0.0.1:port). */
    workerOrigin: string;
    /** Origin of the host page server, another loopback port (so another origin). */
    hostOrigin: string;
  }
}

export {};
