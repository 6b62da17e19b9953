/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['all'],
  // Every rule uses types when a program exists and falls back without them,
  // so the generator's "requires type information" notice would mislead.
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'options'],
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'options'],
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  ruleDocSectionInclude: ['Why it breaks under load', 'Examples', 'When not to use it'],
  urlConfigs: 'https://github.com/eslint-plugin-concurrency/eslint-plugin-concurrency#configs',
};

export default config;
