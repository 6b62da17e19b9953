import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { DB_PACKAGE_MENTION, PROTOCOL_RELEASE_MENTION } from '../catalog/db.js';
import { perFile } from './file-cache.js';
import { typeServices } from './resolve.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const dbMentions = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether this file can hold a DB value that the rules would recognise.
 *
 * Without types, a DB value is known only by where it comes from: a call of a
 * DB package that this file imports or requires, so the file's text names the
 * package. A file that names none holds no such value, and a DB rule can skip
 * it before registering a single listener. With types, a value of a DB class
 * can come from any file, so the answer is always yes.
 */
export function mayHoldDbValues(context: AnyContext): boolean {
  if (typeServices(context)) return true;
  return perFile(dbMentions, context, () => DB_PACKAGE_MENTION.test(context.sourceCode.text));
}

const releaseMentions = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether this file may treat a value as a pooled handle by protocol alone
 * (`await x.connect()` … `client.release()`, see `PROTOCOL_ACQUIRES`): it
 * calls a release method somewhere.
 */
export function mayReleaseByProtocol(context: AnyContext): boolean {
  return perFile(releaseMentions, context, () => PROTOCOL_RELEASE_MENTION.test(context.sourceCode.text));
}
