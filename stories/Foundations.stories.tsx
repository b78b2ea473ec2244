import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { expect, within } from 'storybook/test';
import { storyGlobals } from '../.storybook/preview.js';
import { ar } from '../src/i18n/ar.js';
import { createTranslator } from '../src/i18n/createTranslator.js';
import { formatSignedPoints } from '../src/i18n/format.js';

/** How a colour token is meant to be used, which decides how its swatch is drawn. */
type TokenRole = 'surface' | 'text' | 'line';

interface ColourToken {
  /** The custom property, e.g. `--clw-muted`. */
  name: string;
  role: TokenRole;
  /** For a surface: the text colour paired with it. */
  foreground?: string;
  /** For a text colour: the surface it is read on. @defaultValue `'--clw-background'` */
  surface?: string;
  /** What it is for, in a designer's words. */
  purpose: string;
  /** Whether its sample is a debit (points redeemed) rather than a credit. */
  debit?: boolean;
}

/** Every colour token of src/styles/tokens.css; the Light story checks none is missing. */
const COLOUR_TOKENS: readonly ColourToken[] = [
  {
    name: '--clw-background',
    role: 'surface',
    foreground: '--clw-foreground',
    purpose: 'Page and widget background',
  },
  { name: '--clw-foreground', role: 'text', purpose: 'Body text' },
  {
    name: '--clw-card',
    role: 'surface',
    foreground: '--clw-card-foreground',
    purpose: 'Cards and the table surface',
  },
  { name: '--clw-card-foreground', role: 'text', surface: '--clw-card', purpose: 'Text on cards' },
  {
    name: '--clw-muted',
    role: 'surface',
    foreground: '--clw-muted-foreground',
    purpose: 'Header rows, hovered rows, skeletons, bar tracks',
  },
  {
    name: '--clw-muted-foreground',
    role: 'text',
    surface: '--clw-muted',
    purpose: 'Secondary text, captions',
  },
  {
    name: '--clw-accent',
    role: 'surface',
    foreground: '--clw-accent-foreground',
    purpose: 'Source and streak status badges',
  },
  {
    name: '--clw-accent-foreground',
    role: 'text',
    surface: '--clw-accent',
    purpose: 'Text on accent',
  },
  { name: '--clw-primary', role: 'line', purpose: 'The active tab, progress fills' },
  { name: '--clw-credit', role: 'text', purpose: 'Points earned (+)' },
  { name: '--clw-debit', role: 'text', purpose: 'Points redeemed (−)', debit: true },
  { name: '--clw-warning', role: 'text', purpose: 'Pending points, partial-page notes' },
  {
    name: '--clw-danger',
    role: 'surface',
    foreground: '--clw-danger-foreground',
    purpose: 'Errors, a lost level’s mark; also readable as text',
  },
  {
    name: '--clw-danger-foreground',
    role: 'text',
    surface: '--clw-danger',
    purpose: 'Text on danger',
  },
  { name: '--clw-border', role: 'line', purpose: 'Dividers and card edges' },
  { name: '--clw-input', role: 'line', purpose: 'Edges of inputs and controls (3:1)' },
  { name: '--clw-focus-ring', role: 'line', purpose: 'Keyboard focus outline (3:1)' },
];

interface ThemeSwatchesProps {
  /** Locale of the sample text, so designers see the real glyphs. */
  locale: string;
}

/** A table of the colour tokens as the current theme resolves them. */
function ThemeSwatches({ locale }: ThemeSwatchesProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const t = createTranslator({ locale, messages: locale === 'ar' ? ar : undefined });
  // Signed points as the widgets show them: in `.clw-points`, so the sign stays on the left in
  // right-to-left text too ("+250", never "250+").
  const sample = (debit = false) => (
    <>
      {t(debit ? 'event.PointsRedemption' : 'event.TransactionAdd')}{' '}
      <span className="clw-points" data-slot="points">
        {formatSignedPoints(debit ? -250 : 250, locale)}
      </span>
    </>
  );

  // Values are read back from the page after every render (the theme may just have changed), so
  // the table shows what the theme really resolves to; setValues bails out when nothing changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render on purpose
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const style = getComputedStyle(table);
    const resolved = Object.fromEntries(
      COLOUR_TOKENS.map(({ name }) => [name, style.getPropertyValue(name).trim()]),
    );
    setValues((previous) =>
      COLOUR_TOKENS.every(({ name }) => previous[name] === resolved[name]) ? previous : resolved,
    );
  });

  const cell = { padding: 'var(--clw-space-2) var(--clw-space-3)', textAlign: 'start' } as const;
  return (
    <table
      ref={tableRef}
      style={{ borderCollapse: 'collapse', width: '100%', maxWidth: '60rem' }}
      data-slot="swatches"
    >
      <caption style={{ ...cell, fontSize: 'var(--clw-font-size-large)', fontWeight: 600 }}>
        Colour tokens
      </caption>
      <thead style={{ background: 'var(--clw-muted)', color: 'var(--clw-muted-foreground)' }}>
        <tr>
          <th scope="col" style={cell}>
            Token
          </th>
          <th scope="col" style={cell}>
            Sample
          </th>
          <th scope="col" style={cell}>
            Value
          </th>
          <th scope="col" style={cell}>
            Used for
          </th>
        </tr>
      </thead>
      <tbody>
        {COLOUR_TOKENS.map((token) => (
          <tr
            key={token.name}
            data-token={token.name}
            style={{ borderBlockEnd: '1px solid var(--clw-border)' }}
          >
            <th scope="row" style={{ ...cell, fontFamily: 'ui-monospace, monospace' }}>
              {/* Identifiers read left to right even in a right-to-left page ("--clw-x", not "clw-x--"). */}
              <code dir="ltr">{token.name}</code>
            </th>
            <td style={cell}>
              <Swatch token={token} sample={sample(token.debit)} />
            </td>
            <td style={{ ...cell, fontFamily: 'ui-monospace, monospace' }}>
              <code dir="ltr" data-slot="value">
                {values[token.name] ?? ''}
              </code>
            </td>
            <td style={{ ...cell, color: 'var(--clw-muted-foreground)' }}>
              {/* Notes for designers, in English whatever the widgets' locale. */}
              <span lang="en" dir="ltr">
                {token.purpose}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Swatch({ token, sample }: { token: ColourToken; sample: ReactNode }) {
  const box = {
    display: 'inline-block',
    minInlineSize: '12rem',
    padding: 'var(--clw-space-2) var(--clw-space-3)',
    borderRadius: 'var(--clw-radius)',
  } as const;
  switch (token.role) {
    case 'surface':
      return (
        <span
          style={{
            ...box,
            background: `var(${token.name})`,
            color: `var(${token.foreground ?? '--clw-foreground'})`,
            border: '1px solid var(--clw-border)',
          }}
        >
          {sample}
        </span>
      );
    case 'text':
      return (
        <span
          style={{
            ...box,
            background: `var(${token.surface ?? '--clw-background'})`,
            color: `var(${token.name})`,
          }}
        >
          {sample}
        </span>
      );
    case 'line':
      return (
        <span
          aria-hidden="true"
          style={{ ...box, blockSize: '1.5rem', border: `2px solid var(${token.name})` }}
        />
      );
    default:
      return token.role satisfies never;
  }
}

/** The colour tokens the stylesheet declares for `:root`, read from the page's CSS. */
function declaredColourTokens(): string[] {
  const names = new Set<string>();
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // A cross-origin sheet (Storybook's fonts): not ours.
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSStyleRule) || !/^(:where\()?:root\b/.test(rule.selectorText))
        continue;
      for (const property of Array.from(rule.style)) {
        if (
          property.startsWith('--clw-') &&
          rule.style.getPropertyValue(property).trim().startsWith('#')
        ) {
          names.add(property);
        }
      }
    }
  }
  return [...names].sort();
}

const meta = {
  title: 'Foundations/Theme',
  component: ThemeSwatches,
  // The toolbar's locale drives the sample text; there is nothing else to control.
  parameters: { layout: 'padded', controls: { disable: true } },
  render: (_args, context) => <ThemeSwatches locale={storyGlobals(context.globals).locale} />,
  args: { locale: 'en' },
} satisfies Meta<typeof ThemeSwatches>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowValue = (canvas: HTMLElement, token: string) =>
  canvas.querySelector(`tr[data-token="${token}"] [data-slot="value"]`)?.textContent ?? '';
const rowPoints = (canvas: HTMLElement, token: string) =>
  canvas.querySelector<HTMLElement>(`tr[data-token="${token}"] [data-slot="points"]`);

/** Whether the sign of the signed number in `points` is drawn to the left of its digits. */
function signIsLeft(points: HTMLElement | null): boolean {
  const text = points?.firstChild;
  if (!(text instanceof Text)) return false;
  const sign = text.data.search(/[+\-\u2212]/);
  const box = (index: number) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect();
  };
  return sign >= 0 && box(sign).left < box(text.data.length - 1).left;
}

/** Every colour token, in the theme, language and direction chosen in the toolbar (light by default). */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table', { name: 'Colour tokens' })).toBeVisible();
    // A token added to tokens.css but not to this table would go unreviewed.
    const shown = COLOUR_TOKENS.map(({ name }) => name).sort();
    await expect(shown).toEqual(declaredColourTokens());
    // The value column shows what the page resolves, so designers review real values.
    const resolved = getComputedStyle(canvas.getByRole('table')).getPropertyValue('--clw-credit');
    await expect(rowValue(canvasElement, '--clw-credit')).toBe(resolved.trim());
    // The debit colour's sample is a debit; the others are credits.
    await expect(rowPoints(canvasElement, '--clw-debit')).toHaveTextContent('-250');
    await expect(rowPoints(canvasElement, '--clw-credit')).toHaveTextContent('+250');
  },
};

/** The light theme pinned, whatever the operating system prefers. */
export const Light: Story = {
  globals: { theme: 'light' },
  play: async ({ canvasElement }) => {
    await expect(rowValue(canvasElement, '--clw-background')).toBe('#ffffff');
    await expect(getComputedStyle(document.body).backgroundColor).toBe('rgb(255, 255, 255)');
  },
};

/** The same tokens in the dark theme: every surface darkens, text lightens. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(rowValue(canvasElement, '--clw-background')).toBe('#0b1120');
    await expect(rowValue(canvasElement, '--clw-foreground')).toBe('#e2e8f0');
    const table = within(canvasElement).getByRole('table', { name: 'Colour tokens' });
    // The page itself turns dark, not only the swatches.
    await expect(getComputedStyle(document.body).backgroundColor).toBe('rgb(11, 17, 32)');
    await expect(getComputedStyle(table).color).toBe('rgb(226, 232, 240)');
  },
};

/** Arabic sample text, laid out right to left. */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Colour tokens' });
    await expect(table.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(table.closest('[lang]')).toHaveAttribute('lang', 'ar');
    // The first column (token names) sits on the right in a right-to-left table.
    const [tokenHeader, sampleHeader] = within(table).getAllByRole('columnheader');
    await expect(tokenHeader?.getBoundingClientRect().left).toBeGreaterThan(
      sampleHeader?.getBoundingClientRect().left ?? Number.POSITIVE_INFINITY,
    );
    await expect(within(table).getAllByText(/عملية شراء/).length).toBeGreaterThan(0);
    // Signed numbers keep their sign on the left in right-to-left text.
    await expect(signIsLeft(rowPoints(canvasElement, '--clw-credit'))).toBe(true);
    await expect(signIsLeft(rowPoints(canvasElement, '--clw-debit'))).toBe(true);
  },
};

/** Dark and right to left together, the combination most often missed. */
export const DarkRightToLeft: Story = {
  globals: { theme: 'dark', locale: 'ar' },
};
