import noCheckThenWrite from './no-check-then-write.js';
import noModuleState from './no-module-state.js';
import noTimestampPath from './no-timestamp-path.js';
import noUnboundedConcurrency from './no-unbounded-concurrency.js';

/** Every rule of the plugin, by name, sorted. */
export const rules = {
  'no-check-then-write': noCheckThenWrite,
  'no-module-state': noModuleState,
  'no-timestamp-path': noTimestampPath,
  'no-unbounded-concurrency': noUnboundedConcurrency,
};

export type RuleName = keyof typeof rules;
