// Brings every repository of the labelled corpus to its pinned commit.
// Usage: node bench/real/fetch.mjs [--dir bench/.real] [--from <folder of git dirs>]
//   --from: local git directories named owner+name (each a bare repo, or a
//   folder holding `repo/` or `repo/.git`), as an offline mirror; without it
//   each repository is cloned from GitHub (blobless) and checked out.
// Objects a mirror lacks (large binaries) are left out of the work tree.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { REPOS } from './repos.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'bench/.real' }, from: { type: 'string' } } });
const dir = path.resolve(values.dir);
mkdirSync(dir, { recursive: true });

const git = (args, options = {}) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });

function mirrorGitDir(repo) {
  const base = path.join(path.resolve(values.from), repo.replace('/', '+'));
  for (const candidate of [path.join(base, 'repo', '.git'), path.join(base, 'repo'), base]) {
    if (existsSync(path.join(candidate, 'HEAD'))) return candidate;
  }
  throw new Error(`${repo}: not in ${values.from}`);
}

for (const { name, repo, commit } of REPOS) {
  const tree = path.join(dir, name);
  const stamp = path.join(tree, '.bench-commit');
  if (existsSync(stamp) && execFileSync('cat', [stamp], { encoding: 'utf8' }).trim() === commit) {
    console.log(`${name}: at ${commit.slice(0, 10)}`);
    continue;
  }
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  let gitDir;
  if (values.from) {
    gitDir = mirrorGitDir(repo);
  } else {
    gitDir = path.join(dir, '.git-dirs', name);
    if (!existsSync(gitDir)) git(['clone', '--bare', '--filter=blob:none', `https://github.com/${repo}.git`, gitDir]);
    git(['--git-dir', gitDir, 'fetch', '--filter=blob:none', 'origin', commit]);
  }
  // Only the blobs the mirror has: a snapshot can lack large binaries, which no rule reads.
  const entries = git(['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit])
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split('\t');
      const [mode, type, object] = meta.split(' ');
      return { mode, type, object, file };
    })
    .filter((entry) => entry.type === 'blob' && entry.mode !== '120000');
  const present = new Set(
    git(['--git-dir', gitDir, 'cat-file', '--batch-check=%(objectname) %(objecttype)'], {
      input: entries.map((entry) => entry.object).join('\n') + '\n',
    })
      .split('\n')
      .filter((line) => line.endsWith(' blob'))
      .map((line) => line.split(' ')[0]),
  );
  const wanted = entries.filter((entry) => present.has(entry.object)).map((entry) => entry.file);
  git(['--git-dir', gitDir, '--work-tree', tree, 'checkout', commit, '--pathspec-from-file=-', '--pathspec-file-nul'], {
    input: wanted.join('\0'),
    env: { ...process.env, GIT_INDEX_FILE: path.join(tree, '.bench-index') },
  });
  rmSync(path.join(tree, '.bench-index'), { force: true });
  execFileSync('sh', ['-c', `printf '%s\\n' ${commit} > '${stamp}'`]);
  console.log(`${name}: checked out ${commit.slice(0, 10)} (${wanted.length} files, ${entries.length - wanted.length} absent in the source)`);
}
