/**
 * Blocking calls (sync fs, child_process, zlib, crypto key derivation, …) as
 * data, shared by no-blocking-constructor and no-blocking-in-async.
 * (Placeholder: filled in with the runtime rule family.)
 */
export const BLOCKING_TRACKED_EXPORTS: Readonly<Record<string, readonly (readonly string[])[]>> = Object.freeze({});
