import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Serves MSW's mockServiceWorker.js; the library build keeps `publicDir: false` so it never ships.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    // react-docgen (the default) cannot follow our props types: it drops the members of union
    // props (PointsLedgerTable's `events`, EventBreakupCard's `eventLogId`/`customer`) and shows
    // types as "union"/"unknown". react-docgen-typescript asks the TypeScript checker instead.
    reactDocgen: 'react-docgen-typescript',
    // Setting these replaces Storybook's defaults as a whole, so every option is listed.
    reactDocgenTypescriptOptions: {
      // A union of literals ('full' | 'compact') becomes an enum: values listed, a radio/select control.
      shouldExtractLiteralValuesFromEnum: true,
      // An optional prop shows as `string`, not `string | undefined`.
      shouldRemoveUndefinedFromOptional: true,
      // Only our own props: not the HTML attributes React's types declare in node_modules.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
      // Only components under src/ (the plugin's default is every .tsx but stories: tests, examples…).
      include: ['src/**/*.tsx'],
    },
  },
};

export default config;
