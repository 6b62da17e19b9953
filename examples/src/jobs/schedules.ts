import cron from 'node-cron';

declare function syncOrders(): Promise<void>;
declare function sendDigests(): Promise<void>;

/** Every minute, whether or not the last sync has finished: on a slow database the syncs pile up. */
export function startOrderSync() {
  setInterval(async () => { // ❌ concurrency/no-overlapping-schedule
    await syncOrders();
  }, 60_000);
}

/** Correct: the next sync is scheduled when this one has ended. */
export function startOrderSyncLoop() {
  const tick = async () => {
    try {
      await syncOrders();
    } finally {
      setTimeout(tick, 60_000);
    }
  };
  setTimeout(tick, 60_000);
}

/** node-cron starts the digest again every five minutes, even while the last one is still sending. */
export function scheduleDigests() {
  cron.schedule('*/5 * * * *', async () => { // ❌ concurrency/no-overlapping-schedule
    await sendDigests();
  });
}

/** Correct: node-cron skips a run while the last one goes on. */
export function scheduleDigestsOnce() {
  cron.schedule('*/5 * * * *', async () => {
    await sendDigests();
  }, { noOverlap: true });
}
