import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

/** The custom properties declared in the first rule whose selector matches `selector`. */
function tokensOf(selector: RegExp): Map<string, string> {
  const rule = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css);
  if (!rule?.[1]) throw new Error(`no rule for ${selector}`);
  return new Map(
    [...rule[1].matchAll(/(--clw-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [
      name as string,
      (value as string).trim(),
    ]),
  );
}

const light = tokensOf(/:root,\s*\[data-theme="light"\]/);
const dark = tokensOf(/\[data-theme="dark"\],\s*\.dark/);
const systemDark = tokensOf(/:root:not\(\[data-theme="light"\]\)/);

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [red, green, blue] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** [text, surface, minimum ratio]: 4.5 for text, 3 for borders of controls and the focus ring. */
const PAIRS: readonly [string, string, number][] = [
  ['--clw-foreground', '--clw-background', 4.5],
  ['--clw-card-foreground', '--clw-card', 4.5],
  ['--clw-muted-foreground', '--clw-muted', 4.5],
  ['--clw-muted-foreground', '--clw-background', 4.5],
  ['--clw-muted-foreground', '--clw-card', 4.5],
  ['--clw-foreground', '--clw-muted', 4.5],
  ['--clw-accent-foreground', '--clw-accent', 4.5],
  ['--clw-danger-foreground', '--clw-danger', 4.5],
  ...['--clw-credit', '--clw-debit', '--clw-warning', '--clw-danger', '--clw-primary'].flatMap(
    (text) =>
      ['--clw-background', '--clw-card', '--clw-muted'].map(
        (surface) => [text, surface, 4.5] as [string, string, number],
      ),
  ),
  ['--clw-input', '--clw-background', 3],
  ['--clw-input', '--clw-card', 3],
  ['--clw-focus-ring', '--clw-background', 3],
  ['--clw-focus-ring', '--clw-card', 3],
];

describe('colour tokens', () => {
  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('keeps every colour pair readable (WCAG AA) in the %s theme', (_theme, tokens) => {
    const failures = PAIRS.flatMap(([text, surface, minimum]) => {
      const ratio = contrast(tokens.get(text) ?? '', tokens.get(surface) ?? '');
      return ratio >= minimum ? [] : [`${text} on ${surface}: ${ratio.toFixed(2)} < ${minimum}`];
    });
    expect(failures).toEqual([]);
  });

  it('gives the dark theme a value for every colour the light theme sets, and a different background', () => {
    expect([...dark.keys()].sort()).toEqual([...light.keys()].sort());
    expect(dark.get('--clw-background')).not.toBe(light.get('--clw-background'));
  });

  it("applies the same dark theme when it follows the system's dark preference", () => {
    expect(systemDark).toEqual(dark);
  });
});

describe('theming', () => {
  it('uses every token a brand can set, so no documented override is silently ignored', () => {
    const sources = readdirSync(resolve(import.meta.dirname, '../../src'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.css') && !file.endsWith('tokens.css'))
      .map((file) => readFileSync(resolve(import.meta.dirname, '../../src', file), 'utf8'))
      .join('\n');
    const declared = new Set(
      [...css.matchAll(/(--clw-[\w-]+):/g)].map(([, name]) => name as string),
    );
    const unused = [...declared].filter(
      (name) =>
        !new RegExp(`var\\(${name}[,)]`).test(sources + css.replace(/(--clw-[\w-]+):/g, '')),
    );
    expect(unused).toEqual([]);
  });
});
