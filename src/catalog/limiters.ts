/**
 * Bounded-concurrency helpers (p-limit, p-map, p-queue, async `*Limit`, Bluebird) as data,
 * for no-unbounded-concurrency. (Placeholder: filled in with that rule.)
 */
export const LIMITER_TRACKED_EXPORTS: Readonly<Record<string, readonly (readonly string[])[]>> = Object.freeze({});
