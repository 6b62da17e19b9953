import { deepFreeze } from '../util/freeze.js';

/**
 * What the wall clock looks like in code, as data: the calls that read the
 * current time (native `Date`, dayjs, moment, luxon), what the date libraries'
 * functions and methods do to a time, their format-token syntaxes, the calls
 * that add a unique part to a name, and where a name ends up (file-system
 * creations beyond the fs catalog, process arguments, id-like fields).
 * Adding a library is adding rows.
 */

/** Time units, finest first. The resolution of a value is the finest unit whose change changes the value. */
export type TimeUnit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** `table[key]` for own keys only: names from source code must not reach `Object.prototype` (`toString`, `constructor`). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export const TIME_UNITS: readonly TimeUnit[] = deepFreeze<TimeUnit[]>([
  'millisecond',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
]);

// ---------------------------------------------------------------------------
// Date libraries: objects that hold a time, and the calls that create them
// ---------------------------------------------------------------------------

export type DateLibrary = 'dayjs' | 'moment' | 'luxon';

/**
 * A library call that returns a date object of `library`:
 * - `now`: the current time, only when called without arguments (`DateTime.local()`);
 *   an options object as only argument still means now (`DateTime.local({ zone })`);
 * - `now-or-date`: the current time without arguments, else its first argument (`dayjs(x)`, `moment(x)`);
 * - `date` / `millis` / `seconds`: converts its first argument (`DateTime.fromJSDate(d)`, `fromMillis`, `fromSeconds`).
 */
export interface DateFactory {
  readonly module: string;
  /** Resolved names: `default` for the module itself, and its declared name as the type checker sees it. */
  readonly names: readonly string[];
  readonly library: DateLibrary;
  readonly input: 'now' | 'now-or-date' | 'date' | 'millis' | 'seconds';
  /** Whether the object formats in UTC. */
  readonly utc: boolean;
}

export const DATE_FACTORIES: readonly DateFactory[] = deepFreeze<DateFactory[]>([
  { module: 'dayjs', names: ['default', 'dayjs'], library: 'dayjs', input: 'now-or-date', utc: false },
  { module: 'dayjs', names: ['utc'], library: 'dayjs', input: 'now-or-date', utc: true },
  { module: 'moment', names: ['default', 'moment'], library: 'moment', input: 'now-or-date', utc: false },
  { module: 'moment', names: ['utc'], library: 'moment', input: 'now-or-date', utc: true },
  { module: 'luxon', names: ['now', 'local'], library: 'luxon', input: 'now', utc: false },
  { module: 'luxon', names: ['utc'], library: 'luxon', input: 'now', utc: true },
  { module: 'luxon', names: ['fromJSDate'], library: 'luxon', input: 'date', utc: false },
  { module: 'luxon', names: ['fromMillis'], library: 'luxon', input: 'millis', utc: false },
  { module: 'luxon', names: ['fromSeconds'], library: 'luxon', input: 'seconds', utc: false },
]);

/**
 * What a method of a library date object returns:
 * - `format`: a string from the format pattern in the first argument (`default` when there is none);
 * - `unix-seconds` / `millis` / `fractional-seconds`: a number;
 * - `iso` (with milliseconds), `iso-seconds`, `iso-date`, `iso-time`, `utc-string` (RFC 7231, seconds): a string;
 * - `js-date`: a native `Date`;
 * - `start-of` / `end-of`: the same object truncated to the unit in the first argument;
 * - `same`: the same time (`add(1, 'day')`, `utc()`, `local()`, `clone()`): resolution does not change;
 * - `to-utc` / `to-local`: the same time, formatted in UTC / local time from now on;
 * - `field:<unit>`: a getter without arguments, a setter with one numeric argument (`.second()`, `.millisecond(0)`);
 * - `locale-date`: a localized date (luxon's `toLocaleString()` without arguments is `DATE_SHORT`).
 */
export type DateMethodEffect =
  | 'format'
  | 'unix-seconds'
  | 'millis'
  | 'fractional-seconds'
  | 'iso'
  | 'iso-seconds'
  | 'iso-date'
  | 'iso-time'
  | 'utc-string'
  | 'js-date'
  | 'start-of'
  | 'end-of'
  | 'same'
  | 'to-utc'
  | 'to-local'
  | 'locale-date'
  | `field:${DateField}`;

/** The fields of a date that getters and setters name. */
export type DateField = 'year' | 'month' | 'date' | 'hour' | 'minute' | 'second' | 'millisecond';

const DAYJS_MOMENT_METHODS = {
  format: 'format',
  unix: 'unix-seconds',
  valueOf: 'millis',
  toISOString: 'iso',
  toJSON: 'iso',
  toString: 'utc-string',
  toDate: 'js-date',
  startOf: 'start-of',
  endOf: 'end-of',
  add: 'same',
  subtract: 'same',
  clone: 'same',
  locale: 'same',
  tz: 'same',
  utc: 'to-utc',
  local: 'to-local',
  year: 'field:year',
  month: 'field:month',
  date: 'field:date',
  hour: 'field:hour',
  minute: 'field:minute',
  second: 'field:second',
  millisecond: 'field:millisecond',
} as const satisfies Record<string, DateMethodEffect>;

const LUXON_METHODS = {
  toFormat: 'format',
  toISO: 'iso',
  toJSON: 'iso',
  toString: 'iso',
  toSQL: 'iso',
  toISODate: 'iso-date',
  toSQLDate: 'iso-date',
  toISOWeekDate: 'iso-date',
  toISOTime: 'iso-time',
  toSQLTime: 'iso-time',
  toHTTP: 'utc-string',
  toRFC2822: 'utc-string',
  toMillis: 'millis',
  valueOf: 'millis',
  toSeconds: 'fractional-seconds',
  toUnixInteger: 'unix-seconds',
  toJSDate: 'js-date',
  startOf: 'start-of',
  endOf: 'end-of',
  plus: 'same',
  minus: 'same',
  setZone: 'same',
  setLocale: 'same',
  reconfigure: 'same',
  toUTC: 'to-utc',
  toLocal: 'to-local',
  toLocaleString: 'locale-date',
} as const satisfies Record<string, DateMethodEffect>;

export const DATE_METHODS: Readonly<Record<DateLibrary, Readonly<Record<string, DateMethodEffect>>>> = deepFreeze<
  Record<DateLibrary, Record<string, DateMethodEffect>>
>({
  dayjs: { ...DAYJS_MOMENT_METHODS },
  moment: {
    ...DAYJS_MOMENT_METHODS,
    hours: 'field:hour',
    minutes: 'field:minute',
    seconds: 'field:second',
    milliseconds: 'field:millisecond',
  },
  luxon: { ...LUXON_METHODS },
});

/** luxon's getters are properties: `DateTime.now().second`. */
export const LUXON_FIELDS: Readonly<Record<string, DateField>> = deepFreeze({
  year: 'year',
  month: 'month',
  day: 'date',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
  millisecond: 'millisecond',
} satisfies Record<string, DateField>);

/** `.format()` without a pattern: dayjs and moment print ISO 8601 to the second (`2024-05-15T12:08:09+02:00`). */
export const DEFAULT_FORMAT: Readonly<Record<DateLibrary, string>> = deepFreeze({
  dayjs: 'YYYY-MM-DDTHH:mm:ssZ',
  moment: 'YYYY-MM-DDTHH:mm:ssZ',
  luxon: "yyyy-LL-dd'T'HH:mm:ss.SSSZZ",
});

/** The unit names `startOf`/`endOf` accept, per library, mapped to the unit they truncate to. */
export const TRUNCATION_UNITS: Readonly<Record<string, TimeUnit>> = deepFreeze({
  year: 'year',
  years: 'year',
  y: 'year',
  quarter: 'month',
  quarters: 'month',
  Q: 'month',
  month: 'month',
  months: 'month',
  M: 'month',
  week: 'week',
  weeks: 'week',
  isoWeek: 'week',
  w: 'week',
  day: 'day',
  days: 'day',
  date: 'day',
  d: 'day',
  D: 'day',
  hour: 'hour',
  hours: 'hour',
  h: 'hour',
  minute: 'minute',
  minutes: 'minute',
  m: 'minute',
  second: 'second',
  seconds: 'second',
  s: 'second',
  millisecond: 'millisecond',
  milliseconds: 'millisecond',
  ms: 'millisecond',
} satisfies Record<string, TimeUnit>);

// ---------------------------------------------------------------------------
// date-fns: functions of native dates
// ---------------------------------------------------------------------------

/**
 * What a date-fns function does with the date in its first argument:
 * - `format`: a string from the pattern in the second argument;
 * - `iso`: `formatISO` (seconds; `representation: 'date'` → day, `'time'` → time of day);
 * - `iso9075` / `rfc7231`: strings to the second;
 * - `rfc3339`: seconds, unless `fractionDigits` > 0;
 * - `unix-seconds` / `millis`: numbers;
 * - `start-of:<unit>`: a `Date` truncated to the unit.
 */
export type DateFnsEffect =
  | 'format'
  | 'iso'
  | 'iso9075'
  | 'rfc7231'
  | 'rfc3339'
  | 'unix-seconds'
  | 'millis'
  | `start-of:${TimeUnit}`;

export const DATE_FNS_FUNCTIONS: Readonly<Record<string, DateFnsEffect>> = deepFreeze({
  format: 'format',
  formatDate: 'format',
  lightFormat: 'format',
  formatISO: 'iso',
  formatISO9075: 'iso9075',
  formatRFC7231: 'rfc7231',
  formatRFC3339: 'rfc3339',
  getUnixTime: 'unix-seconds',
  getTime: 'millis',
  startOfSecond: 'start-of:second',
  startOfMinute: 'start-of:minute',
  startOfHour: 'start-of:hour',
  startOfDay: 'start-of:day',
  startOfToday: 'start-of:day',
  startOfWeek: 'start-of:week',
  startOfISOWeek: 'start-of:week',
  startOfMonth: 'start-of:month',
  startOfYear: 'start-of:year',
} satisfies Record<string, DateFnsEffect>);

/** `date-fns` and its per-function entry points (`date-fns/format`, named or default export). */
export const DATE_FNS_MODULE = 'date-fns';

export function isDateFnsModule(module: string): boolean {
  return module === DATE_FNS_MODULE || (module.startsWith('date-fns/') && module.slice('date-fns/'.length) in DATE_FNS_FUNCTIONS);
}

// ---------------------------------------------------------------------------
// Format patterns, token by token
// ---------------------------------------------------------------------------

/**
 * What one format token prints. Localized tokens print several fields:
 * `local-date` (day), `local-time` (minute), `local-time-seconds`, `local-date-time`
 * (minute), `local-date-time-seconds`. `fraction` is any fractional-second token.
 */
export type TokenField =
  | 'era'
  | 'year'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'day-of-year'
  | 'weekday'
  | 'meridiem'
  | 'hour'
  | 'minute'
  | 'second'
  | 'fraction'
  | 'unix-seconds'
  | 'unix-millis'
  | 'zone'
  | 'local-date'
  | 'local-time'
  | 'local-time-seconds'
  | 'local-date-time'
  | 'local-date-time-seconds';

/**
 * How a library reads a format pattern:
 * - `runs` (date-fns, luxon, Unicode TR35 style): a token is a run of one
 *   letter; `tokens` is looked up by the whole run first (`pp`), then by the
 *   letter (`p`). Text in single quotes is literal, `''` is a quote.
 *   `unknownLetters: 'throw'` (date-fns) rejects an unescaped letter that is no token.
 * - `list` (moment, dayjs): at each position the longest listed token, else one
 *   literal character. Text in `[…]` is literal; moment also escapes one character with `\`.
 */
export interface FormatSyntax {
  readonly tokenization: 'runs' | 'list';
  readonly tokens: Readonly<Record<string, TokenField>>;
  readonly unknownLetters?: 'throw' | 'literal';
  readonly backslashEscapes?: boolean;
}

const DATE_FNS_TOKENS: Record<string, TokenField> = {
  G: 'era',
  y: 'year',
  Y: 'year',
  R: 'year',
  u: 'year',
  Q: 'quarter',
  q: 'quarter',
  M: 'month',
  L: 'month',
  w: 'week',
  I: 'week',
  d: 'day',
  D: 'day-of-year',
  E: 'weekday',
  e: 'weekday',
  c: 'weekday',
  i: 'weekday',
  a: 'meridiem',
  b: 'meridiem',
  B: 'meridiem',
  h: 'hour',
  H: 'hour',
  K: 'hour',
  k: 'hour',
  m: 'minute',
  s: 'second',
  S: 'fraction',
  X: 'zone',
  x: 'zone',
  O: 'zone',
  z: 'zone',
  t: 'unix-seconds',
  T: 'unix-millis',
  P: 'local-date',
  p: 'local-time',
  pp: 'local-time-seconds',
  ppp: 'local-time-seconds',
  pppp: 'local-time-seconds',
};

const LUXON_TOKENS: Record<string, TokenField> = {
  S: 'fraction',
  u: 'fraction',
  s: 'second',
  m: 'minute',
  h: 'hour',
  H: 'hour',
  Z: 'zone',
  z: 'zone',
  a: 'meridiem',
  d: 'day',
  c: 'weekday',
  E: 'weekday',
  L: 'month',
  M: 'month',
  y: 'year',
  G: 'era',
  k: 'year',
  W: 'week',
  n: 'week',
  i: 'year',
  o: 'day-of-year',
  q: 'quarter',
  D: 'local-date',
  t: 'local-time',
  tt: 'local-time-seconds',
  ttt: 'local-time-seconds',
  tttt: 'local-time-seconds',
  T: 'local-time',
  TT: 'local-time-seconds',
  TTT: 'local-time-seconds',
  TTTT: 'local-time-seconds',
  f: 'local-date-time',
  F: 'local-date-time-seconds',
  X: 'unix-seconds',
  x: 'unix-millis',
};

const MOMENT_TOKENS: Record<string, TokenField> = {
  ...Object.fromEntries(
    ['Y', 'YY', 'YYYY', 'YYYYY', 'YYYYYY', 'y', 'yo', 'yy', 'yyy', 'yyyy', 'gg', 'gggg', 'ggggg', 'GG', 'GGGG', 'GGGGG'].map(
      (token) => [token, 'year'],
    ),
  ),
  Q: 'quarter',
  Qo: 'quarter',
  ...Object.fromEntries(['M', 'Mo', 'MM', 'MMM', 'MMMM'].map((token) => [token, 'month'])),
  ...Object.fromEntries(['w', 'wo', 'ww', 'W', 'Wo', 'WW'].map((token) => [token, 'week'])),
  ...Object.fromEntries(['D', 'Do', 'DD'].map((token) => [token, 'day'])),
  ...Object.fromEntries(['DDD', 'DDDo', 'DDDD'].map((token) => [token, 'day-of-year'])),
  ...Object.fromEntries(['d', 'do', 'dd', 'ddd', 'dddd', 'e', 'E'].map((token) => [token, 'weekday'])),
  A: 'meridiem',
  a: 'meridiem',
  ...Object.fromEntries(['H', 'HH', 'h', 'hh', 'k', 'kk'].map((token) => [token, 'hour'])),
  Hmm: 'local-time',
  hmm: 'local-time',
  Hmmss: 'local-time-seconds',
  hmmss: 'local-time-seconds',
  m: 'minute',
  mm: 'minute',
  s: 'second',
  ss: 'second',
  ...Object.fromEntries(Array.from({ length: 9 }, (_, index) => ['S'.repeat(index + 1), 'fraction'])),
  X: 'unix-seconds',
  x: 'unix-millis',
  ...Object.fromEntries(['z', 'zz', 'Z', 'ZZ'].map((token) => [token, 'zone'])),
  ...Object.fromEntries(['N', 'NN', 'NNN', 'NNNN', 'NNNNN'].map((token) => [token, 'era'])),
  LT: 'local-time',
  LTS: 'local-time-seconds',
  L: 'local-date',
  LL: 'local-date',
  l: 'local-date',
  ll: 'local-date',
  LLL: 'local-date-time',
  LLLL: 'local-date-time',
  lll: 'local-date-time',
  llll: 'local-date-time',
} as Record<string, TokenField>;

/**
 * dayjs core tokens plus those of its official plugins (advancedFormat,
 * localizedFormat, weekOfYear, …): a pattern may use them once the plugin is
 * extended anywhere in the program. `S` and `SS` are no tokens in dayjs: only `SSS`.
 */
const DAYJS_TOKENS: Record<string, TokenField> = {
  ...Object.fromEntries(['Y', 'YY', 'YYY', 'YYYY', 'gggg', 'GGGG'].map((token) => [token, 'year'])),
  ...Object.fromEntries(['M', 'MM', 'MMM', 'MMMM'].map((token) => [token, 'month'])),
  ...Object.fromEntries(['D', 'DD', 'Do'].map((token) => [token, 'day'])),
  ...Object.fromEntries(['d', 'dd', 'ddd', 'dddd'].map((token) => [token, 'weekday'])),
  ...Object.fromEntries(['H', 'HH', 'h', 'hh', 'k', 'kk'].map((token) => [token, 'hour'])),
  ...Object.fromEntries(['w', 'ww', 'W', 'WW', 'wo', 'Wo'].map((token) => [token, 'week'])),
  a: 'meridiem',
  A: 'meridiem',
  m: 'minute',
  mm: 'minute',
  s: 'second',
  ss: 'second',
  SSS: 'fraction',
  Q: 'quarter',
  X: 'unix-seconds',
  x: 'unix-millis',
  ...Object.fromEntries(['Z', 'ZZ', 'z', 'zzz'].map((token) => [token, 'zone'])),
  LT: 'local-time',
  LTS: 'local-time-seconds',
  L: 'local-date',
  LL: 'local-date',
  l: 'local-date',
  ll: 'local-date',
  LLL: 'local-date-time',
  LLLL: 'local-date-time',
  lll: 'local-date-time',
  llll: 'local-date-time',
} as Record<string, TokenField>;

export type FormatLibrary = 'date-fns' | DateLibrary;

export const FORMAT_SYNTAX: Readonly<Record<FormatLibrary, FormatSyntax>> = deepFreeze({
  'date-fns': { tokenization: 'runs', tokens: DATE_FNS_TOKENS, unknownLetters: 'throw' },
  luxon: { tokenization: 'runs', tokens: LUXON_TOKENS, unknownLetters: 'literal' },
  moment: { tokenization: 'list', tokens: MOMENT_TOKENS, backslashEscapes: true },
  dayjs: { tokenization: 'list', tokens: DAYJS_TOKENS },
} satisfies Record<FormatLibrary, FormatSyntax>);

// ---------------------------------------------------------------------------
// Unique parts: a name that contains one of these cannot collide
// ---------------------------------------------------------------------------

/**
 * Calls whose result is unique (random, or a fresh temporary name): a path or id
 * that contains one is not reported. Matched by the callee's own name (any
 * receiver: `crypto.randomUUID()`, `Math.random()`) or, for aliased imports
 * (`import { v4 as uuidv4 } from 'uuid'`), by the export it resolves to.
 */
export const UNIQUE_CALL_NAMES: ReadonlySet<string> = new Set(
  deepFreeze([
    'randomUUID',
    'randomBytes',
    'randomInt',
    'randomFillSync',
    'getRandomValues',
    'random',
    'nanoid',
    'uuid',
    'uuidv1',
    'uuidv4',
    'uuidv6',
    'uuidv7',
    'v1',
    'v4',
    'v6',
    'v7',
    'ulid',
    'cuid',
    'createId',
    'uniqueId',
    'ObjectId',
    'mkdtemp',
    'mkdtempSync',
    'tmpName',
    'tmpNameSync',
    // High-resolution clocks: `process.hrtime()`, `process.hrtime.bigint()` (nanoseconds).
    'hrtime',
  ]),
);

/**
 * A random number drawn from fewer values than this is not a unique part:
 * `Math.floor(Math.random() * 1000)` has a thousand values, and among 38 names
 * made in one second two share one with even odds (the birthday bound).
 */
export const MIN_UNIQUE_RANDOM_RANGE = 1_000_000;

/** `Math` methods that cut a random fraction to an integer: `Math.floor(Math.random() * n)`. */
export const RANDOM_INTEGER_CUTS: ReadonlySet<string> = new Set(['floor', 'round', 'ceil', 'trunc']);

/**
 * Methods of a global object that return a sub-millisecond reading that
 * differs on every call: `performance.now()`, `process.hrtime.bigint()`.
 */
export const HIGH_RESOLUTION_CLOCKS: Readonly<Record<string, readonly string[]>> = deepFreeze({
  performance: ['now'],
  hrtime: ['bigint'],
});

/** Factories whose product is a unique-id generator: `const id = customAlphabet('abc', 10); id()`. */
export const UNIQUE_FACTORY_NAMES: ReadonlySet<string> = new Set(
  deepFreeze(['customAlphabet', 'customRandom', 'monotonicFactory']),
);

/** Exports of unique-id modules, followed through aliased imports and `require`. */
const UNIQUE_EXPORTS: Readonly<Record<string, readonly string[]>> = {
  crypto: ['randomUUID', 'randomBytes', 'randomInt'],
  uuid: ['v1', 'v4', 'v6', 'v7'],
  nanoid: ['nanoid', 'customAlphabet', 'customRandom'],
  ulid: ['ulid', 'monotonicFactory'],
  '@paralleldrive/cuid2': ['createId'],
};

// ---------------------------------------------------------------------------
// Path composition
// ---------------------------------------------------------------------------

/**
 * `node:path` functions whose result contains their arguments: `join`/`resolve`
 * compose a path from parts, `format` from an object; the others transform one path.
 */
export const PATH_FUNCTIONS: Readonly<Record<string, 'compose' | 'format' | 'transform'>> = deepFreeze({
  join: 'compose',
  resolve: 'compose',
  format: 'format',
  normalize: 'transform',
  dirname: 'transform',
  basename: 'transform',
  toNamespacedPath: 'transform',
});

// ---------------------------------------------------------------------------
// Sinks
// ---------------------------------------------------------------------------

/**
 * File-system calls that create a path and are not in the fs catalog's
 * check-then-write rows: fs-extra's `ensure*`/`mkdirp` family and `cp`.
 * `pathArg` is the path they create.
 */
export interface ExtraFsSink {
  readonly modules: readonly string[];
  readonly names: readonly string[];
  readonly pathArg: number;
}

export const EXTRA_FS_SINKS: readonly ExtraFsSink[] = deepFreeze<ExtraFsSink[]>([
  {
    modules: ['fs-extra'],
    names: [
      'ensureDir',
      'ensureDirSync',
      'mkdirp',
      'mkdirpSync',
      'mkdirs',
      'mkdirsSync',
      'ensureFile',
      'ensureFileSync',
      'createFile',
      'createFileSync',
    ],
    pathArg: 0,
  },
  { modules: ['fs', 'fs/promises', 'fs-extra'], names: ['cp', 'cpSync'], pathArg: 1 },
]);

/**
 * Calls that start a process, and where its arguments are: `argv` is an array
 * of arguments (`spawn('git', ['clone', url, dir])`), `command` a shell command line.
 */
export interface ProcessSink {
  readonly module: string;
  readonly names: readonly string[];
  readonly argument: number;
  readonly shape: 'argv' | 'command';
}

export const PROCESS_SINKS: readonly ProcessSink[] = deepFreeze<ProcessSink[]>([
  { module: 'child_process', names: ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork'], argument: 1, shape: 'argv' },
  { module: 'child_process', names: ['exec', 'execSync'], argument: 0, shape: 'command' },
  { module: 'execa', names: ['execa', 'execaSync'], argument: 1, shape: 'argv' },
]);

/**
 * Object-literal properties whose value is an identifier of a record, a job or
 * a stored object: `id`, `_id`, `…Id`/`…ID` (`jobId`, `runID`), `…_id`
 * (`request_id`), and `Key` (the object key of S3 and compatible stores).
 * Deliberately not: `key`/`cacheKey` (often a time bucket on purpose), `name`,
 * `filename` (display names).
 */
export const ID_FIELD_PATTERNS: readonly RegExp[] = deepFreeze([/^_?id$/iu, /[a-z0-9](?:Id|ID)$/u, /_id$/iu, /^Key$/u]);

export function isIdField(name: string): boolean {
  return ID_FIELD_PATTERNS.some((pattern) => pattern.test(name));
}

// ---------------------------------------------------------------------------
// Syntactic resolution
// ---------------------------------------------------------------------------

const PATH_PATHS = Object.keys(PATH_FUNCTIONS).flatMap((name) => [[name], ['posix', name], ['win32', name]]);
const DATE_FNS_NAMES = Object.keys(DATE_FNS_FUNCTIONS);

/** Exported paths the syntactic resolver follows for this catalog. */
export const TIMESTAMP_TRACKED_EXPORTS: Readonly<Record<string, readonly (readonly string[])[]>> = deepFreeze({
  dayjs: [[], ['utc']],
  moment: [[], ['utc']],
  luxon: [
    ['DateTime', 'now'],
    ['DateTime', 'local'],
    ['DateTime', 'utc'],
    ['DateTime', 'fromJSDate'],
    ['DateTime', 'fromMillis'],
    ['DateTime', 'fromSeconds'],
  ],
  'date-fns': DATE_FNS_NAMES.map((name) => [name]),
  ...Object.fromEntries(DATE_FNS_NAMES.map((name) => [`date-fns/${name}`, [[name], ['default']]])),
  path: PATH_PATHS,
  'path/posix': Object.keys(PATH_FUNCTIONS).map((name) => [name]),
  child_process: PROCESS_SINKS.filter((sink) => sink.module === 'child_process').flatMap((sink) =>
    sink.names.map((name) => [name]),
  ),
  execa: [['execa'], ['execaSync']],
  fs: [['cp'], ['cpSync'], ['promises', 'cp']],
  'fs/promises': [['cp']],
  'fs-extra': [...(EXTRA_FS_SINKS[0]?.names ?? []).map((name) => [name]), ['cp'], ['cpSync']],
  ...Object.fromEntries(Object.entries(UNIQUE_EXPORTS).map(([module, names]) => [module, names.map((name) => [name])])),
});
