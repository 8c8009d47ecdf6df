/**
 * The clock the cache reads (`Date.now()` by default). Tests swap it to move time without sleeping.
 * In workerd `Date.now()` only advances across I/O, which is all the version memo needs.
 */
let source: () => number = () => Date.now();

/** Milliseconds since the epoch, from the current clock. */
export function now(): number {
  return source();
}

/** Replaces the clock (tests); call with no argument to restore `Date.now`. */
export function setClock(clock?: () => number): void {
  source = clock ?? (() => Date.now());
}
