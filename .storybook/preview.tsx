import '../src/styles/index.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { StrictMode } from 'react';
import { ar } from '../src/i18n/ar.js';
import { LoyaltyProvider } from '../src/react/LoyaltyProvider.js';
import { storyHandlers } from '../test/mocks/storyHandlers.js';

/** The toolbar's choices, as stories read them from `context.globals`. */
export interface StoryGlobals {
  /**
   * Colour theme: sets `data-theme` on the story's wrapper and the page. `system` follows the
   * operating system's preference, as a brand opts in to with `data-theme="system"`.
   */
  theme: 'light' | 'dark' | 'system';
  /** Locale the widgets speak. */
  locale: 'en' | 'ar';
  /** Text direction; a right-to-left locale (Arabic) always lays out right to left. */
  direction: 'ltr' | 'rtl';
}

/** Reads the toolbar's choices, with the defaults for anything unset. */
export function storyGlobals(globals: Record<string, unknown>): StoryGlobals {
  const locale = globals.locale === 'ar' ? 'ar' : 'en';
  return {
    theme: globals.theme === 'dark' || globals.theme === 'system' ? globals.theme : 'light',
    locale,
    direction: locale === 'ar' || globals.direction === 'rtl' ? 'rtl' : 'ltr',
  };
}

/** Wraps every story in the chosen theme, language and direction, like a brand's page would. */
const withTheme: Decorator = (Story, context) => {
  const { theme, locale, direction } = storyGlobals(context.globals);
  // The whole canvas follows the theme too, not only the story's own box.
  document.documentElement.dataset.theme = theme;
  // As a brand's page in that theme would: the widgets' stylesheet leaves the page's own alone.
  document.documentElement.style.colorScheme = theme === 'system' ? 'light dark' : theme;
  document.body.style.background = 'var(--clw-background)';
  return (
    <div
      data-theme={theme}
      dir={direction}
      lang={locale}
      style={{
        background: 'var(--clw-background)',
        color: 'var(--clw-foreground)',
        fontFamily: 'var(--clw-font-family)',
        fontSize: 'var(--clw-font-size)',
        padding: 'var(--clw-space-4)',
      }}
    >
      {/* A fresh provider (and so a fresh query cache) per story, talking to the mocked API. */}
      <LoyaltyProvider
        baseUrl="/api/loyalty"
        locale={locale}
        messages={locale === 'ar' ? ar : undefined}
        timeZone="Asia/Kolkata"
      >
        <Story />
      </LoyaltyProvider>
    </div>
  );
};

/** Renders twice in development, as React's StrictMode does in brand apps, to catch impure effects. */
const withStrictMode: Decorator = (Story) => (
  <StrictMode>
    <Story />
  </StrictMode>
);

/** What react-docgen-typescript attaches to a component: each prop's JSDoc tags among the rest. */
interface DocgenInfo {
  props?: Record<string, { tags?: Record<string, string> } | undefined>;
}

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Shows each prop's TSDoc `@defaultValue` in the props table's Default column: docgen reads only
 * JSDoc's `@default`, and react-docgen-typescript keeps other tags aside, among the prop's `tags`.
 */
const withDefaultValueTags: ArgTypesEnhancer = ({ argTypes, component }) => {
  const docgenProps = (component as { __docgenInfo?: DocgenInfo } | undefined)?.__docgenInfo?.props;
  const enhanced: typeof argTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const tagged = docgenProps?.[name]?.tags?.defaultValue;
    const table = argType.table ?? {};
    enhanced[name] =
      // A default already there (a story's argTypes, or a JSDoc `@default`) wins.
      !tagged || table.defaultValue?.summary
        ? argType
        : {
            ...argType,
            // The column shows code-like text already: no Markdown backticks or line breaks.
            table: {
              ...table,
              defaultValue: { summary: tagged.replace(/`/g, '').replace(/\s+/g, ' ').trim() },
            },
          };
  }
  return enhanced;
};

/** Controls for a scalar that may also be null (`string | null`, `number | null`). */
const SCALAR_CONTROLS: Record<string, 'text' | 'number' | 'boolean'> = {
  'string | null': 'text',
  'number | null': 'number',
  'boolean | null': 'boolean',
};

/**
 * Docgen types such props as "other", for which Storybook offers only a JSON ("Set object")
 * control: give them the scalar's control instead. A control the story's argTypes set is kept.
 */
const withScalarControls: ArgTypesEnhancer = ({ argTypes }) => {
  const enhanced: typeof argTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const type = argType.type;
    const control =
      argType.control === undefined && type?.name === 'other'
        ? SCALAR_CONTROLS[type.value]
        : undefined;
    enhanced[name] = control ? { ...argType, control: { type: control } } : argType;
  }
  return enhanced;
};

const preview: Preview = {
  tags: ['autodocs'],
  // Run after the docs addon has read the props from docgen, and before controls are inferred.
  argTypesEnhancers: [withDefaultValueTags, withScalarControls],
  // Starts MSW's worker once; each story lists its handlers in `parameters.msw` (an array).
  loaders: [mswLoader()],
  // Later decorators wrap earlier ones: StrictMode is outermost.
  decorators: [withTheme, withStrictMode],
  parameters: {
    layout: 'fullscreen',
    // An axe violation fails the story, in the browser and in `vitest --project storybook`.
    a11y: { test: 'error' },
    // Every story talks to the mock Capillary unless it lists handlers of its own.
    msw: storyHandlers(),
    backgrounds: { disable: true },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'System', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'ar', title: 'العربية', right: 'ar' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (Arabic is always right to left)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
};

export default preview;
