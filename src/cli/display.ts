import path from 'node:path';

/** A file as the user would type it: absolute when the target was given absolute, else relative to the working directory. */
export function displayPath(file: string, cwd: string, absolute: boolean): string {
  if (absolute) return file;
  const relative = path.relative(cwd, file);
  return relative === '' ? path.basename(file) : relative;
}
