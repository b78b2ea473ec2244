import preview from '../.storybook/preview.js';

/** Every story starts in Arabic (so right to left) with the dark theme, as a designer reviews it. */
export default {
  ...preview,
  initialGlobals: { ...preview.initialGlobals, locale: 'ar', theme: 'dark' },
};
