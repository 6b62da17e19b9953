import { parseArgs } from 'node:util';

import type { ConfigName } from '../configs/index.js';

export type ReportFormat = 'json' | 'markdown' | 'sarif' | 'stylish';

export interface AuditOptions {
  readonly paths: readonly string[];
  readonly config: ConfigName;
  readonly format: ReportFormat;
  readonly output: string | null;
  readonly quiet: boolean;
  /** Also lint and report tests, scripts, seeds and migrations (in their own section). */
  readonly includeTests: boolean;
  /** `settings.concurrency.instances`: `single` when the project runs as exactly one process. */
  readonly instances: 'multiple' | 'single';
  readonly help: boolean;
  readonly version: boolean;
}

const CONFIGS: readonly ConfigName[] = ['recommended', 'strict', 'all'];
const FORMATS: readonly ReportFormat[] = ['markdown', 'json', 'sarif', 'stylish'];

export const USAGE = `Usage: concurrency-audit [paths…] [options]

Audits a JavaScript/TypeScript project for concurrency and scale bugs with
eslint-plugin-concurrency, without reading or changing its ESLint setup.

Options:
  --config recommended|strict|all   rules to run (default: recommended)
  --format markdown|json|sarif|stylish
                                    report format (default: markdown)
  --output FILE                     write the report to FILE instead of stdout
  --include-tests                   also audit tests, scripts, seeds and migrations
                                    (skipped by default; reported in their own section)
  --instances single|multiple       how many processes the service runs as (default: multiple);
                                    single turns off the findings that need a second instance
  --quiet                           no progress bar and no summary line on stderr
  --version                         print the version
  --help                            show this help

Exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input.`;

/** A usage error: one line for stderr, exit code 2. */
export class UsageError extends Error {}

export function parseAuditArgs(argv: readonly string[]): AuditOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', default: 'recommended' },
        format: { type: 'string', default: 'markdown' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', default: false },
        'include-tests': { type: 'boolean', default: false },
        instances: { type: 'string', default: 'multiple' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(firstLine(error));
  }
  const { values, positionals } = parsed;
  const config = values.config as ConfigName;
  const format = values.format as ReportFormat;
  if (!CONFIGS.includes(config)) {
    throw new UsageError(`unknown config '${values.config}': use one of ${CONFIGS.join(', ')}`);
  }
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format '${values.format}': use one of ${FORMATS.join(', ')}`);
  }
  if (values.output === '') throw new UsageError('--output needs a file name');
  const instances = values.instances;
  if (instances !== 'single' && instances !== 'multiple') {
    throw new UsageError(`unknown instances '${instances}': use single or multiple`);
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    config,
    format,
    output: values.output ?? null,
    quiet: values.quiet ?? false,
    includeTests: values['include-tests'] ?? false,
    instances,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(/\. To specify a positional argument.*$/u, '');
}
