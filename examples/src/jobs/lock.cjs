// Plain JavaScript, no types: the rules follow `require` and `import` without a program.
const fs = require('node:fs');
const { setTimeout: sleep } = require('node:timers/promises');

/** A lock file taken with check-then-write is taken by both workers that wait for it. */
async function acquireLock(lockFile) {
  while (fs.existsSync(lockFile)) await sleep(50);
  fs.writeFileSync(lockFile, String(process.pid)); // ❌ concurrency/no-check-then-write // ❌ concurrency/no-blocking-in-async
}

/** Correct: exclusive creation either takes the lock or fails with EEXIST. */
function tryLock(lockFile) {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if (error.code === 'EEXIST') return false;
    throw error;
  }
}

/** Correct: a check followed only by a read is not a race on the file. */
function readLockOwner(lockFile) {
  if (!fs.existsSync(lockFile)) return null;
  return fs.readFileSync(lockFile, 'utf8');
}

module.exports = { acquireLock, tryLock, readLockOwner };
