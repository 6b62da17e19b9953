/** A one-line progress bar on a TTY stream: files done / total and the current file. */
export interface Progress {
  update(done: number, current: string): void;
  finish(): void;
}

const WIDTH = 24;

export function createProgress(stream: NodeJS.WriteStream, total: number, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { update: () => undefined, finish: () => undefined };
  const columns = stream.columns || 80;
  let drawn = false;
  return {
    update(done, current) {
      const filled = Math.round((done / Math.max(total, 1)) * WIDTH);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} `;
      const room = Math.max(columns - bar.length - 1, 0);
      const name = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
      stream.write(`\r${bar}${name}`.padEnd(columns - 1).slice(0, columns - 1));
      drawn = true;
    },
    finish() {
      if (drawn) stream.write(`\r${' '.repeat(columns - 1)}\r`);
    },
  };
}
