import noBlockingConstructor from './no-blocking-constructor.js';
import noBlockingInAsync from './no-blocking-in-async.js';
import noCheckThenWrite from './no-check-then-write.js';
import noConcurrentSessionUse from './no-concurrent-session-use.js';
import noModuleState from './no-module-state.js';
import noOuterClientInTransaction from './no-outer-client-in-transaction.js';
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

/** Every rule of the plugin, by name, sorted. */
export const rules = {
  'no-blocking-constructor': noBlockingConstructor,
  'no-blocking-in-async': noBlockingInAsync,
  'no-check-then-write': noCheckThenWrite,
  'no-concurrent-session-use': noConcurrentSessionUse,
  'no-module-state': noModuleState,
  'no-outer-client-in-transaction': noOuterClientInTransaction,
  'no-pool-per-call': noPoolPerCall,
  'no-query-in-loop': noQueryInLoop,
  'no-stored-session': noStoredSession,
  'no-timestamp-path': noTimestampPath,
  'no-unbounded-concurrency': noUnboundedConcurrency,
  'require-client-release': requireClientRelease,
  'require-pool-limits': requirePoolLimits,
  'require-retry-backoff': requireRetryBackoff,
  'require-sqlite-wal': requireSqliteWal,
  'require-transaction-rollback': requireTransactionRollback,
};

export type RuleName = keyof typeof rules;
