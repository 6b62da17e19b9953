import { createRequire } from 'node:module';

interface PackageJson {
  readonly name: string;
  readonly version: string;
}

// Read at run time (from src/ in tests, dist/ when published) so the compiler
// does not copy package.json into dist/.
const packageJson = createRequire(import.meta.url)('../package.json') as PackageJson;

export const PLUGIN_NAME = packageJson.name;
export const PLUGIN_VERSION = packageJson.version;
export const NAMESPACE = 'concurrency';
export const REPOSITORY_URL = 'https://github.com/eslint-plugin-concurrency/eslint-plugin-concurrency';
