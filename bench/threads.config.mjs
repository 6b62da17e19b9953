// The config for bench/threads.mjs: with --concurrency every worker thread loads it.
import plugin from '../dist/index.js';

const typed = process.env.CONCURRENCY_BENCH_TYPED === '1';
const config = plugin.configs.all;

export default [
  { ignores: ['!**/node_modules/'] },
  {
    ...config,
    files: ['**/*.{js,cjs,mjs,ts,mts,cts,tsx,jsx}'],
    languageOptions: { ...config.languageOptions, parserOptions: typed ? { projectService: true } : { projectService: false } },
  },
  { linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true } },
];
