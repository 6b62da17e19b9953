import noCheckThenWrite from './no-check-then-write.js';

/** Every rule of the plugin, by name, sorted. */
export const rules = {
  'no-check-then-write': noCheckThenWrite,
};

export type RuleName = keyof typeof rules;
