import { FORMAT_SYNTAX, own, type FormatLibrary, type FormatSyntax, type TokenField } from '../catalog/timestamps.js';

/** One piece of a parsed format pattern: literal text or a token that prints a field. */
export type FormatPiece = { readonly literal: string } | { readonly field: TokenField; readonly token: string };

/**
 * Splits a date format pattern into literal text and tokens, the way `library`
 * reads it (quoted/bracketed literals, escapes, token runs or lists). Null when
 * the library would reject the pattern (date-fns throws on an unescaped letter
 * that is no token).
 */
export function parseFormat(library: FormatLibrary, pattern: string): FormatPiece[] | null {
  const syntax = FORMAT_SYNTAX[library];
  return syntax.tokenization === 'runs' ? parseRuns(syntax, pattern) : parseList(syntax, pattern);
}

function parseRuns(syntax: FormatSyntax, pattern: string): FormatPiece[] | null {
  const pieces: FormatPiece[] = [];
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index] ?? '';
    if (char === "'") {
      // `''` is a quote; otherwise text up to the next single quote is literal.
      if (pattern[index + 1] === "'") {
        pieces.push({ literal: "'" });
        index += 2;
        continue;
      }
      let end = index + 1;
      let text = '';
      while (end < pattern.length) {
        if (pattern[end] === "'") {
          if (pattern[end + 1] === "'") {
            text += "'";
            end += 2;
            continue;
          }
          break;
        }
        text += pattern[end] ?? '';
        end += 1;
      }
      pieces.push({ literal: text });
      index = end + 1;
      continue;
    }
    if (!/[A-Za-z]/u.test(char)) {
      pieces.push({ literal: char });
      index += 1;
      continue;
    }
    let end = index + 1;
    while (pattern[end] === char) end += 1;
    const run = pattern.slice(index, end);
    const field = own(syntax.tokens, run) ?? own(syntax.tokens, char);
    if (field) pieces.push({ field, token: run });
    else if (syntax.unknownLetters === 'throw') return null;
    else pieces.push({ literal: run });
    index = end;
  }
  return pieces;
}

function parseList(syntax: FormatSyntax, pattern: string): FormatPiece[] {
  const tokens = Object.keys(syntax.tokens).sort((a, b) => b.length - a.length);
  const pieces: FormatPiece[] = [];
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index] ?? '';
    if (char === '[') {
      const close = pattern.indexOf(']', index + 1);
      if (close !== -1) {
        pieces.push({ literal: pattern.slice(index + 1, close) });
        index = close + 1;
        continue;
      }
    }
    if (char === '\\' && syntax.backslashEscapes) {
      pieces.push({ literal: pattern[index + 1] ?? '' });
      index += 2;
      continue;
    }
    const token = tokens.find((candidate) => pattern.startsWith(candidate, index));
    const field = token === undefined ? undefined : own(syntax.tokens, token);
    if (token !== undefined && field) {
      pieces.push({ field, token });
      index += token.length;
    } else {
      pieces.push({ literal: char });
      index += 1;
    }
  }
  return pieces;
}

/**
 * Prints a parsed pattern for the instant `time`, field by field, in local
 * time or UTC. Not the library's exact output (names, padding and localized
 * forms differ) but the same fields: two instants print the same text exactly
 * when the library's output would be the same, which is all that resolution needs.
 */
export function renderFormat(pieces: readonly FormatPiece[], time: number, utc: boolean): string {
  const date = new Date(time);
  return pieces.map((piece) => ('literal' in piece ? piece.literal : renderField(piece.field, date, utc))).join('');
}

function renderField(field: TokenField, date: Date, utc: boolean): string {
  const f = fieldsOf(date, utc);
  switch (field) {
    case 'era':
    case 'zone':
      return field === 'era' ? 'AD' : utc ? 'Z' : '+local';
    case 'year':
      return String(f.year);
    case 'quarter':
      return String(Math.floor(f.month / 3) + 1);
    case 'month':
      return String(f.month + 1);
    case 'week':
      return String(Math.floor((f.dayOfYear + 6) / 7));
    case 'day':
      return String(f.day);
    case 'day-of-year':
      return String(f.dayOfYear);
    case 'weekday':
      return String(f.weekday);
    case 'meridiem':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'hour':
      return String(f.hour);
    case 'minute':
      return String(f.minute);
    case 'second':
      return String(f.second);
    case 'fraction':
      return String(f.millisecond);
    case 'unix-seconds':
      return String(Math.floor(date.getTime() / 1000));
    case 'unix-millis':
      return String(date.getTime());
    case 'local-date':
      return `${f.year}/${f.month + 1}/${f.day}`;
    case 'local-time':
      return `${f.hour}:${f.minute}`;
    case 'local-time-seconds':
      return `${f.hour}:${f.minute}:${f.second}`;
    case 'local-date-time':
      return `${f.year}/${f.month + 1}/${f.day} ${f.hour}:${f.minute}`;
    case 'local-date-time-seconds':
      return `${f.year}/${f.month + 1}/${f.day} ${f.hour}:${f.minute}:${f.second}`;
  }
}

interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly dayOfYear: number;
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

function fieldsOf(date: Date, utc: boolean): Fields {
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const day = utc ? date.getUTCDate() : date.getDate();
  const startOfYear = utc ? Date.UTC(year, 0, 1) : new Date(year, 0, 1).getTime();
  const startOfDay = utc ? Date.UTC(year, month, day) : new Date(year, month, day).getTime();
  return {
    year,
    month,
    day,
    dayOfYear: Math.round((startOfDay - startOfYear) / 86_400_000) + 1,
    weekday: utc ? date.getUTCDay() : date.getDay(),
    hour: utc ? date.getUTCHours() : date.getHours(),
    minute: utc ? date.getUTCMinutes() : date.getMinutes(),
    second: utc ? date.getUTCSeconds() : date.getSeconds(),
    millisecond: utc ? date.getUTCMilliseconds() : date.getMilliseconds(),
  };
}
