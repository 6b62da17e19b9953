// The whole configuration a project needs: one line.
import concurrency from 'eslint-plugin-concurrency';

export default [concurrency.configs.recommended];
