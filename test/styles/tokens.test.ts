import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundle, transform } from 'lightningcss';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleStylesheet } from '../../scripts/bundleStylesheet.js';

const SRC = resolve(import.meta.dirname, '../../src');
const css = readFileSync(resolve(SRC, 'styles/tokens.css'), 'utf8');
/** Everything `capillary-loyalty-widgets/styles.css` ships, in one stylesheet, as a page gets it. */
const shipped = bundle({ filename: resolve(SRC, 'styles/index.css') }).code.toString();
/** tokens.css alone, its values written as in `shipped` (`#fff`, `.15s`). */
const tokensCss = transform({ filename: 'tokens.css', code: Buffer.from(css) }).code.toString();

// jsdom parses the CSS and matches selectors; it does not cascade custom properties reliably, so
// the cascade (specificity, then order, then inheritance) is worked out here.

/** A style rule, with the `@media` / `@container` conditions it sits in, in stylesheet order. */
interface Rule {
  selector: string;
  conditions: readonly string[];
  declarations: ReadonlyMap<string, string>;
  /** The declarations marked `!important`. */
  important: ReadonlySet<string>;
  order: number;
}

function parse(text: string): Rule[] {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  const rules: Rule[] = [];
  const walk = (list: CSSRuleList, conditions: readonly string[]) => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule) {
        const { style: declared } = rule;
        const names = Array.from({ length: declared.length }, (_, index) => declared[index] ?? '');
        rules.push({
          selector: rule.selectorText,
          conditions,
          declarations: new Map(names.map((name) => [name, declared.getPropertyValue(name)])),
          important: new Set(names.filter((name) => declared.getPropertyPriority(name))),
          order: rules.length,
        });
      } else if (rule instanceof CSSMediaRule) {
        walk(rule.cssRules, [...conditions, `@media ${rule.media.mediaText}`]);
      } else if ('cssRules' in rule) {
        // `@container …` (or any other group rule, which `applies` refuses to guess about).
        const prelude = rule.cssText.slice(0, rule.cssText.indexOf('{')).trim();
        walk(rule.cssRules as CSSRuleList, [...conditions, prelude]);
      }
    }
  };
  if (!style.sheet) throw new Error('jsdom did not parse the stylesheet');
  walk(style.sheet.cssRules, []);
  style.remove();
  return rules;
}

/** Splits a selector list (or a function's arguments) at its top-level commas. */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    const char = list[index];
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, index).trim());
      start = index + 1;
    }
  }
  return [...parts, list.slice(start).trim()];
}

type Specificity = readonly [number, number, number];

const compare = (first: Specificity, second: Specificity) =>
  first[0] - second[0] || first[1] - second[1] || first[2] - second[2];

/** Selectors Level 4 specificity of one complex selector: `:where()` weighs nothing. */
function specificity(selector: string): Specificity {
  let [ids, classes, types] = [0, 0, 0];
  let index = 0;
  while (index < selector.length) {
    const rest = selector.slice(index);
    const functional = /^:([\w-]+)\(/.exec(rest);
    if (functional) {
      let depth = 1;
      let end = index + functional[0].length;
      for (; depth > 0; end++) {
        if (end >= selector.length) throw new Error(`unbalanced: ${selector}`);
        if (selector[end] === '(') depth++;
        if (selector[end] === ')') depth--;
      }
      const name = functional[1] ?? '';
      const inner = selector.slice(index + functional[0].length, end - 1);
      if (['is', 'not', 'has'].includes(name)) {
        const [a, b, c] = splitList(inner).map(specificity).sort(compare).at(-1) ?? [0, 0, 0];
        [ids, classes, types] = [ids + a, classes + b, types + c];
      } else if (name !== 'where') classes++;
      index = end;
      continue;
    }
    const token = /^(#[\w-]+|\.[\w-]+|\[[^\]]*\]|::?[\w-]+|[a-z][\w-]*|[\s>+~*]+)/i.exec(rest);
    if (!token) throw new Error(`cannot weigh ${selector} at ${rest}`);
    const [text] = token;
    if (text.startsWith('#')) ids++;
    else if (/^(\.|\[)/.test(text)) classes++;
    else if (/^(::|:(before|after|first-line|first-letter)$)/.test(text)) types++;
    else if (text.startsWith(':')) classes++;
    else if (/^[a-z]/i.test(text)) types++;
    index += text.length;
  }
  return [ids, classes, types];
}

/** What the page's media queries say; every container query is left out (see `applies`). */
interface Environment {
  colorScheme: 'light' | 'dark';
  reducedMotion?: boolean;
  forcedColors?: boolean;
}

function applies(
  condition: string,
  { colorScheme, reducedMotion = false, forcedColors = false }: Environment,
): boolean {
  // A container query styles a container's descendants: never the page, a wrapper or a widget root.
  if (condition.startsWith('@container')) return false;
  const features: Record<string, string> = {
    'prefers-color-scheme': colorScheme,
    'prefers-reduced-motion': reducedMotion ? 'reduce' : 'no-preference',
    'forced-colors': forcedColors ? 'active' : 'none',
  };
  const query = /^@media \(([\w-]+): ([\w-]+)\)$/.exec(condition);
  if (!query?.[1] || !(query[1] in features)) throw new Error(`cannot evaluate ${condition}`);
  return features[query[1]] === query[2];
}

/** The weight of the rule's most specific selector that matches the element itself, if any. */
function matchOn(element: Element, rule: Rule): Specificity | null {
  const weights = splitList(rule.selector)
    .filter((selector) => !selector.includes('::'))
    .filter((selector) => element.matches(selector))
    .map(specificity)
    .sort(compare);
  return weights.at(-1) ?? null;
}

/** The declarations that win on the element itself: `!important` first, then by specificity and order. */
function declaredOn(element: Element, rules: readonly Rule[], environment: Environment) {
  const matched = rules
    .filter((rule) => rule.conditions.every((condition) => applies(condition, environment)))
    .flatMap((rule) => {
      const weight = matchOn(element, rule);
      return weight ? [{ rule, weight }] : [];
    })
    .sort(
      (first, second) =>
        compare(first.weight, second.weight) || first.rule.order - second.rule.order,
    );
  const declared = new Map<string, string>();
  for (const important of [false, true]) {
    for (const { rule } of matched) {
      for (const [name, value] of rule.declarations) {
        if (rule.important.has(name) === important) declared.set(name, value);
      }
    }
  }
  return declared;
}

/** The `--clw-*` custom properties an element ends up with: its own, or else its parent's. */
function tokensAt(
  element: Element,
  rules: readonly Rule[],
  environment: Environment,
): Map<string, string> {
  const parent = element.parentElement;
  const tokens = new Map(parent ? tokensAt(parent, rules, environment) : []);
  for (const [name, value] of declaredOn(element, rules, environment)) {
    if (name.startsWith('--clw-')) tokens.set(name, value);
  }
  return tokens;
}

type Attributes = Record<string, string>;

/** A page: `<html>` and a wrapper with the given attributes, and a widget root in the wrapper. */
function renderPage(html: Attributes = {}, wrapper: Attributes = {}): Element {
  for (const [name, value] of Object.entries(html))
    document.documentElement.setAttribute(name, value);
  const box = document.createElement('div');
  for (const [name, value] of Object.entries(wrapper)) box.setAttribute(name, value);
  box.innerHTML = '<section class="clw-root clw-ledger"></section>';
  document.body.append(box);
  return box.firstElementChild as Element;
}

afterEach(() => {
  document.body.replaceChildren();
  for (const { name } of [...document.documentElement.attributes]) {
    document.documentElement.removeAttribute(name);
  }
});

const library = parse(shipped);
const tokenRules = parse(tokensCss);

/** The colour tokens the theme rules themselves declare on an element with these attributes. */
function themeOn(attributes: Attributes, environment: Environment = { colorScheme: 'light' }) {
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const declared = declaredOn(element, tokenRules, environment);
  return new Map([...declared].filter(([name]) => name.startsWith('--clw-')));
}

const light = themeOn({ 'data-theme': 'light' });
const dark = themeOn({ 'data-theme': 'dark' });

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(
    hex.replace(/^#(\w)(\w)(\w)$/, '#$1$1$2$2$3$3'),
  );
  if (!match) throw new Error(`not a #rgb or #rrggbb colour: ${hex}`);
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
    expect([light.get('--clw-color-scheme'), dark.get('--clw-color-scheme')]).toEqual([
      'light',
      'dark',
    ]);
  });

  it('applies the same dark theme under .dark, and under data-theme="system" when the system prefers dark', () => {
    expect(themeOn({ class: 'dark' })).toEqual(dark);
    expect(themeOn({ 'data-theme': 'system' }, { colorScheme: 'dark' })).toEqual(dark);
  });

  it('applies the light theme under data-theme="system" when the system prefers light', () => {
    expect(themeOn({ 'data-theme': 'system' }, { colorScheme: 'light' })).toEqual(light);
  });
});

describe('themes on a page', () => {
  const colours = (tokens: ReadonlyMap<string, string>) =>
    Object.fromEntries([...light.keys()].map((name) => [name, tokens.get(name)]));

  it.each(['light', 'dark'] as const)(
    'is light on a page that says nothing, when the system prefers %s',
    (colorScheme) => {
      expect(colours(tokensAt(renderPage(), library, { colorScheme }))).toEqual(colours(light));
    },
  );

  it.each<[string, Attributes, Attributes]>([
    ['data-theme="dark" on <html>', { 'data-theme': 'dark' }, {}],
    ['.dark on <html>', { class: 'dark' }, {}],
    ['data-theme="dark" on a wrapper', {}, { 'data-theme': 'dark' }],
    ['.dark on a wrapper', {}, { class: 'dark' }],
  ])('is dark under %s', (_where, html, wrapper) => {
    const tokens = tokensAt(renderPage(html, wrapper), library, { colorScheme: 'light' });
    expect(colours(tokens)).toEqual(colours(dark));
  });

  it.each<[string, Attributes]>([
    ['data-theme="dark"', { 'data-theme': 'dark' }],
    ['.dark', { class: 'dark' }],
  ])('is light under data-theme="light" inside a page with %s', (_where, html) => {
    const widget = renderPage(html, { 'data-theme': 'light' });
    expect(colours(tokensAt(widget, library, { colorScheme: 'dark' }))).toEqual(colours(light));
  });

  it('follows the system preference only under data-theme="system"', () => {
    const widget = renderPage({ 'data-theme': 'system' });
    expect(colours(tokensAt(widget, library, { colorScheme: 'dark' }))).toEqual(colours(dark));
    expect(colours(tokensAt(widget, library, { colorScheme: 'light' }))).toEqual(colours(light));
  });

  it('is light under data-theme="system" inside a dark page when the system prefers light', () => {
    const widget = renderPage({ 'data-theme': 'dark' }, { 'data-theme': 'system' });
    expect(colours(tokensAt(widget, library, { colorScheme: 'light' }))).toEqual(colours(light));
  });

  it('stops transitions under reduced motion', () => {
    const widget = renderPage();
    const milliseconds = (reducedMotion: boolean) => {
      const time = tokensAt(widget, library, { colorScheme: 'light', reducedMotion }).get(
        '--clw-duration',
      );
      const [, amount, unit] = /^([\d.]+)(ms|s)$/.exec(time ?? '') ?? [];
      return Number(amount) * (unit === 's' ? 1000 : 1);
    };
    expect([milliseconds(false), milliseconds(true)]).toEqual([150, 0]);
  });

  it('draws the progress bars in system colours under forced colours, whatever state they show', () => {
    document.body.innerHTML = `
      <section class="clw-target"><div data-slot="track" data-state="achieved">
        <div data-slot="fill"></div><div data-slot="tick" data-state="achieved"></div>
        <div data-slot="tick" data-state="pending"></div>
      </div></section>
      <section class="clw-target"><div data-slot="track" data-state="unachieved">
        <div data-slot="fill"></div></div></section>
      <section class="clw-streak"><div data-slot="track"><div data-slot="fill"></div>
        <div data-dense><div data-slot="marker" data-state="achieved"></div>
        <div data-slot="marker" data-state="pending"></div></div>
      </div></section>
      <section class="clw-streak"><div data-slot="track"><div data-slot="fill"></div>
        <div data-slot="marker" data-state="achieved"></div></div></section>`;
    const forced = { colorScheme: 'dark', forcedColors: true } as const;
    const declared = (selector: string, property = 'background') => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      return declaredOn(element, library, forced).get(property)?.toLowerCase();
    };
    for (const fill of document.querySelectorAll('[data-slot="fill"]')) {
      expect(declaredOn(fill, library, forced).get('background')?.toLowerCase()).toBe('highlight');
    }
    // Ticks stand out from what they sit on: a reached one from the fill, another from the track.
    expect(declared('[data-slot="tick"][data-state="achieved"]')).toBe('highlighttext');
    expect(declared('[data-slot="tick"][data-state="pending"]')).toBe('canvastext');
    // A reached marker is drawn filled, its check mark in the colour made for that fill.
    const reached = '[data-slot="marker"][data-state="achieved"]';
    expect(declared(reached)).toBe('highlight');
    expect(declared(reached, 'color')).toBe('highlighttext');
    expect(declared('[data-slot="marker"][data-state="pending"]')).not.toBe('highlight');
  });

  it("paints a streak's fill, once its last level is reached, as a complete target's", () => {
    document.body.innerHTML = `
      <section class="clw-target"><div data-slot="track" data-state="achieved">
        <div data-slot="fill"></div></div></section>
      <section class="clw-streak"><div data-slot="track"><div data-slot="fill"></div>
        <div data-slot="marker" data-state="achieved"></div>
        <div data-slot="marker" data-state="achieved"></div></div></section>
      <section class="clw-streak"><div data-slot="track"><div data-slot="fill"></div>
        <div data-slot="marker" data-state="achieved"></div>
        <div data-slot="marker" data-state="pending"></div></div></section>`;
    const fills = [...document.querySelectorAll('[data-slot="fill"]')].map((fill) =>
      declaredOn(fill, library, { colorScheme: 'light' }).get('background'),
    );
    expect(fills).toEqual(['var(--clw-credit)', 'var(--clw-credit)', 'var(--clw-primary)']);
  });

  it('runs every transition and animation only under prefers-reduced-motion: no-preference', () => {
    const moving = library.filter((rule) =>
      [...rule.declarations.keys()].some((name) => /^(transition|animation)/.test(name)),
    );
    expect(moving.length).toBeGreaterThan(0);
    expect(
      moving
        .filter(
          (rule) => !rule.conditions.includes('@media (prefers-reduced-motion: no-preference)'),
        )
        .map((rule) => rule.selector),
    ).toEqual([]);
  });
});

describe('the host page', () => {
  /** A brand's page, dark by its own choice, with the theme's markers and plain elements. */
  const BRAND_PAGE = `
    <div data-theme="system" class="dark" dir="rtl" lang="ar">
      <header><h1>Shop</h1><nav><a href="/">Home</a></nav></header>
      <main>
        <p>Text <strong>bold</strong></p>
        <form><label>Email <input type="email"></label><select><option>1</option></select>
          <textarea></textarea><button type="submit">Go</button></form>
        <table><tbody><tr><th>a</th><td>b</td></tr></tbody></table>
        <ul><li>item</li></ul><details><summary>more</summary></details>
      </main>
    </div>`;

  function pageElements(): Element[] {
    document.documentElement.setAttribute('data-theme', 'dark');
    document.documentElement.setAttribute('class', 'dark');
    document.body.innerHTML = BRAND_PAGE;
    return [document.documentElement, document.body, ...document.body.querySelectorAll('*')];
  }

  it('leaves the page alone: rules that reach it set only --clw-* properties, and weigh nothing', () => {
    const elements = pageElements();
    const reaching = library.flatMap((rule) =>
      splitList(rule.selector).flatMap((selector) => {
        const own = selector.replace(/::?(before|after|marker|placeholder)\b.*$/, '');
        const reached = elements.filter((element) => element.matches(own));
        return reached.length > 0 ? [{ selector, declarations: rule.declarations, reached }] : [];
      }),
    );
    // The theme rules do reach the page: they are the only ones.
    expect(reaching.length).toBeGreaterThan(0);
    const failures = reaching.flatMap(({ selector, declarations, reached }) => {
      const where = `${selector} (on ${reached.map((element) => element.localName).join(', ')})`;
      const foreign = [...declarations.keys()].filter((name) => !name.startsWith('--clw-'));
      return [
        ...(foreign.length > 0 ? [`${where} sets ${foreign.join(', ')}`] : []),
        ...(compare(specificity(selector), [0, 0, 0]) > 0 ? [`${where} is not in :where()`] : []),
      ];
    });
    expect(failures).toEqual([]);
  });

  it('sets color-scheme only on widgets: the page keeps its own', () => {
    const schemes = library.filter((rule) => rule.declarations.has('color-scheme'));
    expect(schemes.map((rule) => rule.selector)).toEqual(['.clw-root, .clw-notice']);
    expect(schemes[0]?.declarations.get('color-scheme')).toBe('var(--clw-color-scheme)');
  });

  it.each<[string, string, string, string]>([
    ['the table', 'clw-root clw-ledger', 'var(--clw-background)', 'var(--clw-foreground)'],
    ['a card', 'clw-root clw-card clw-streak', 'var(--clw-card)', 'var(--clw-card-foreground)'],
    [
      'a notice in place of a widget',
      'clw-notice',
      'var(--clw-card)',
      'var(--clw-card-foreground)',
    ],
  ])('has %s paint its own surface in its theme', (_widget, classes, background, color) => {
    const widget = renderPage();
    widget.className = classes;
    const declared = declaredOn(widget, library, { colorScheme: 'light' });
    expect({
      background: declared.get('background'),
      color: declared.get('color'),
      colorScheme: declared.get('color-scheme'),
    }).toEqual({ background, color, colorScheme: 'var(--clw-color-scheme)' });
  });
});

describe('the shipped stylesheet', () => {
  it("turns the table's chevrons on any right-to-left page, not only on pages in listed languages", () => {
    const minified = bundleStylesheet().code.toString();
    // By the direction the widget found (data-dir), which every supported browser reads.
    expect(minified).toContain('.clw-ledger[data-dir=rtl] .clw-toggle:before');
    // Not :dir() written for older browsers as a list of right-to-left languages, which a page
    // with dir="rtl" and lang="en-AE", or no lang at all, matches none of.
    expect(minified).not.toContain(':lang(');
  });

  it("keeps the table's scroll box within the window when zoomed in, unless a brand sets a height", () => {
    const minified = bundleStylesheet().code.toString();
    expect(minified).toMatch(
      /\.clw-ledger-scroll\{[^}]*max-block-size:var\(--clw-ledger-height,min\(28rem, ?80vh\)\)/,
    );
  });
});

describe('brand overrides', () => {
  const BRAND = ':root { --clw-primary: #e60023; --clw-radius: 0; }';

  it('weighs selectors as CSS does', () => {
    expect(specificity(':root')).toEqual([0, 1, 0]);
    expect(specificity(':where(:root, [data-theme="dark"], .dark)')).toEqual([0, 0, 0]);
    expect(specificity(':root:not([data-theme="light"])')).toEqual([0, 2, 0]);
    expect(specificity('html body > .x::before')).toEqual([0, 1, 3]);
    expect(specificity(':is(#a, .b) [data-slot="c"]')).toEqual([1, 1, 0]);
  });

  it.each<[string, Attributes, Environment['colorScheme']]>([
    ['the light theme', {}, 'dark'],
    ['data-theme="dark"', { 'data-theme': 'dark' }, 'light'],
    ['.dark', { class: 'dark' }, 'light'],
    ['data-theme="system" in a dark system', { 'data-theme': 'system' }, 'dark'],
  ])(
    "lets a brand's :root rule win in %s, before or after the library",
    (_theme, html, colorScheme) => {
      const widget = renderPage(html);
      for (const page of [BRAND + shipped, shipped + BRAND]) {
        const tokens = tokensAt(widget, parse(page), { colorScheme });
        expect([tokens.get('--clw-primary'), tokens.get('--clw-radius')]).toEqual(['#e60023', '0']);
      }
    },
  );

  it("lets a brand's rule on a wrapper win, and a rule for the dark theme alone", () => {
    const widget = renderPage({ 'data-theme': 'dark' }, { class: 'brand' });
    const wrapperRule = '.brand { --clw-primary: #e60023; }';
    const darkRule = '[data-theme="dark"] { --clw-accent: #222222; }';
    for (const page of [wrapperRule + darkRule + shipped, shipped + wrapperRule + darkRule]) {
      const tokens = tokensAt(widget, parse(page), { colorScheme: 'light' });
      expect([tokens.get('--clw-primary'), tokens.get('--clw-accent')]).toEqual([
        '#e60023',
        '#222222',
      ]);
    }
  });

  it('declares every brand token in weightless rules only, so no library rule outweighs a brand', () => {
    const brandTokens = new Set(tokenRules.flatMap((rule) => [...rule.declarations.keys()]));
    // Crowded streak levels shrink their own markers to dots, whatever size a brand sets.
    const perPart = new Set(['.clw-streak [data-dense] > [data-slot="marker"]']);
    const weighty = library.flatMap((rule) =>
      [...rule.declarations.keys()].some((name) => brandTokens.has(name)) &&
      !perPart.has(rule.selector)
        ? splitList(rule.selector).filter(
            (selector) => compare(specificity(selector), [0, 0, 0]) > 0,
          )
        : [],
    );
    expect(weighty).toEqual([]);
  });
});

describe('theming', () => {
  it('uses every token a brand can set, so no documented override is silently ignored', () => {
    const sources = readdirSync(SRC, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.css') && !file.endsWith('tokens.css'))
      .map((file) => readFileSync(resolve(SRC, file), 'utf8'))
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
