import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { CallForm, FsMutateApi, SafeShape } from '../catalog/fs.js';
import { isFunction } from './ast.js';
import { optionValue, staticValueOf, type Known } from './static-options.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The argument shapes that make a catalogued fs mutation leave an existing
 * destination alone: an appending or exclusive flag (`a…`, `…x…`, or a
 * read-only `open`), `COPYFILE_EXCL`, fs-extra `overwrite: false` /
 * `errorOnExist: true`. `recursive` and `force` do not: `mkdir` with
 * `recursive` still shares an existing directory.
 */
const KEEPS_EXISTING: readonly SafeShape[] = ['flag', 'copy-exclusive', 'no-overwrite'];

/**
 * Whether a call of a catalogued fs mutation creates or replaces its
 * destination without refusing an existing one: known `false` for appends and
 * exclusive creation, unknown when options are only known at run time.
 */
export function replacesDestination(
  api: FsMutateApi,
  call: TSESTree.CallExpression,
  form: CallForm,
  sourceCode: SourceCode,
): Known<boolean> {
  const options = mutationOptions(api, call, form);
  for (const shape of api.safeWhen ?? []) {
    if (!KEEPS_EXISTING.includes(shape)) continue;
    const keeps = shapeHolds(shape, api, options, sourceCode);
    if (!keeps.known) return { known: false };
    if (keeps.value) return { known: true, value: false };
  }
  return { known: true, value: true };
}

/** The options (or flags, or mode) argument of a catalogued fs mutation; in the callback form the last argument is the callback. */
export function mutationOptions(api: FsMutateApi, call: TSESTree.CallExpression, form: CallForm): TSESTree.Node | undefined {
  const lastOptionIndex = form === 'callback' ? call.arguments.length - 2 : call.arguments.length - 1;
  return api.optionsArg === undefined || api.optionsArg > lastOptionIndex ? undefined : call.arguments[api.optionsArg];
}

/** Whether the call's options have one of the catalog's safe shapes (`recursive`, an appending flag, `force`, …). */
export function shapeHolds(shape: SafeShape, api: FsMutateApi, options: TSESTree.Node | undefined, sourceCode: SourceCode): Known<boolean> {
  switch (shape) {
    case 'recursive':
    case 'force': {
      const value = optionValue(options, shape, sourceCode);
      return value.known ? { known: true, value: value.value === true } : value;
    }
    case 'flag': {
      const flag = flagOf(api, options, sourceCode);
      return flag.known ? { known: true, value: !(flag.value.includes('w') && !flag.value.includes('x')) } : flag;
    }
    case 'copy-exclusive': {
      if (!options || isFunction(options)) return { known: true, value: false };
      if (sourceCode.getText(options).includes('COPYFILE_EXCL')) return { known: true, value: true };
      const mode = staticValueOf(options, sourceCode);
      return mode.known ? { known: true, value: typeof mode.value === 'number' && (mode.value & 1) === 1 } : mode;
    }
    case 'no-overwrite': {
      const overwrite = optionValue(options, 'overwrite', sourceCode);
      const errorOnExist = optionValue(options, 'errorOnExist', sourceCode);
      if (!overwrite.known || !errorOnExist.known) return { known: false };
      return { known: true, value: overwrite.value === false || errorOnExist.value === true };
    }
  }
}

/** The open flag of a call: an argument of its own for `open`, option `flags` for streams, `flag` otherwise. */
function flagOf(api: FsMutateApi, options: TSESTree.Node | undefined, sourceCode: SourceCode): Known<string> {
  const fallback = api.defaultFlag ?? 'w';
  const direct = options && !isFunction(options) ? staticValueOf(options, sourceCode) : null;
  const raw =
    api.names.includes('open') && direct
      ? direct
      : api.names.includes('createWriteStream')
        ? optionValue(options, 'flags', sourceCode)
        : optionValue(options, 'flag', sourceCode);
  if (!raw.known) return { known: false };
  if (raw.value === undefined || raw.value === null) return { known: true, value: fallback };
  if (typeof raw.value === 'string') return { known: true, value: raw.value };
  // `writeFile(p, data, 'utf8')`: an encoding string, no flag.
  return api.names.includes('open') ? { known: false } : { known: true, value: fallback };
}
