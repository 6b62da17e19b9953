// The CommonJS entry: `require('eslint-plugin-concurrency')` in an
// `eslint.config.cjs` gets the plugin itself, as `import` does, rather than the
// ES module's namespace (whose plugin is under `.default`). Node loads the ES
// module synchronously here (require of ES modules, Node ^20.19 and 22.12+),
// so both entries share one module instance and one plugin object.
import type { ConcurrencyPlugin } from './index.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file loads the ES entry with require, by design
const plugin = (require('./index.js') as { default: ConcurrencyPlugin }).default;

export = plugin;
