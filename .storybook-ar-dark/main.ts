// The same Storybook as .storybook, for the test project that runs every story in Arabic with the
// dark theme (vite.config.ts): a configuration directory of its own, so each project gets its own
// preview.
export { default } from '../.storybook/main.js';
