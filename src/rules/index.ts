import { skippingFileKinds } from '../analysis/file-kind.js';
import noBlockingConstructor from './no-blocking-constructor.js';
import noBlockingInAsync from './no-blocking-in-async.js';
import noCheckThenWrite from './no-check-then-write.js';
import noConcurrentSessionUse from './no-concurrent-session-use.js';
import noModuleState from './no-module-state.js';
import noOuterClientInTransaction from './no-outer-client-in-transaction.js';
import noOverlappingSchedule from './no-overlapping-schedule.js';
import noPoolPerCall from './no-pool-per-call.js';
import noQueryInLoop from './no-query-in-loop.js';
import noStoredSession from './no-stored-session.js';
import noTimestampPath from './no-timestamp-path.js';
import noUnboundedConcurrency from './no-unbounded-concurrency.js';
import requireClientRelease from './require-client-release.js';
import requirePoolLimits from './require-pool-limits.js';
import requireRetryBackoff from './require-retry-backoff.js';
import requireSqliteWal from './require-sqlite-wal.js';
import requireTransactionRollback from './require-transaction-rollback.js';

/**
 * Every rule of the plugin, by name, sorted. Each lints only the kinds of file
 * that `settings.concurrency.files.skip` does not skip (by default: not tests,
 * migrations, seeds, scripts or bundles); imported from its own module, a rule
 * lints every file.
 */
export const rules = {
  'no-blocking-constructor': skippingFileKinds(noBlockingConstructor),
  'no-blocking-in-async': skippingFileKinds(noBlockingInAsync),
  'no-check-then-write': skippingFileKinds(noCheckThenWrite),
  'no-concurrent-session-use': skippingFileKinds(noConcurrentSessionUse),
  'no-module-state': skippingFileKinds(noModuleState),
  'no-outer-client-in-transaction': skippingFileKinds(noOuterClientInTransaction),
  'no-overlapping-schedule': skippingFileKinds(noOverlappingSchedule),
  'no-pool-per-call': skippingFileKinds(noPoolPerCall),
  'no-query-in-loop': skippingFileKinds(noQueryInLoop),
  'no-stored-session': skippingFileKinds(noStoredSession),
  'no-timestamp-path': skippingFileKinds(noTimestampPath),
  'no-unbounded-concurrency': skippingFileKinds(noUnboundedConcurrency),
  'require-client-release': skippingFileKinds(requireClientRelease),
  'require-pool-limits': skippingFileKinds(requirePoolLimits),
  'require-retry-backoff': skippingFileKinds(requireRetryBackoff),
  'require-sqlite-wal': skippingFileKinds(requireSqliteWal),
  'require-transaction-rollback': skippingFileKinds(requireTransactionRollback),
};

export type RuleName = keyof typeof rules;
