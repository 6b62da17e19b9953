// The audit's planning modules, imported together once the lint worker has started: they load TypeScript.
export { isFlowFile } from './parser.js';
export { displayPath, planAudit } from './plan.js';
