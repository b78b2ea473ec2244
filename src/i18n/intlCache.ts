// Building an Intl formatter costs far more than using one, and a ledger table formats thousands of
// cells: each formatter is built once per locale, time zone and options, then reused.

const cache = new Map<string, unknown>();

function cached<Formatter>(key: string, create: () => Formatter): Formatter {
  // `has`, not a check for `undefined`: an unknown time zone resolves to `undefined`, once.
  if (cache.has(key)) return cache.get(key) as Formatter;
  const formatter = create();
  cache.set(key, formatter);
  return formatter;
}

/**
 * The locale as Intl spells it (`'en_US'` is `'en-US'`), for `lang` and the direction of text; a
 * malformed tag (`''`) becomes `'en'` rather than making every formatter throw a `RangeError`.
 */
export function resolveLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  return cached(`locale|${locale}`, () => {
    try {
      return Intl.getCanonicalLocales(locale.replaceAll('_', '-'))[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

/**
 * The locale formatters write in: English where this runtime has nothing for it (`'english'`, or
 * Nepali in Chromium), as the widget's English words are; Intl would use the runtime's own locale,
 * which differs between the server and the browser. Its `lang` stays what `resolveLocale` says.
 */
export function writingLocale(locale: string | undefined): string {
  const resolved = resolveLocale(locale);
  return cached(
    `writes|${resolved}`,
    () => Intl.NumberFormat.supportedLocalesOf(resolved)[0] ?? 'en',
  );
}

/** An IANA zone as `Intl` spells it; `undefined` for an unknown one, which would throw. */
export function resolveTimeZone(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined) return undefined;
  return cached(`zone|${timeZone}`, () => {
    try {
      return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
    } catch {
      return undefined;
    }
  });
}

/** A shared `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const resolved = writingLocale(locale);
  return cached(`number|${resolved}|${JSON.stringify(options)}`, () => {
    try {
      return new Intl.NumberFormat(resolved, options);
    } catch {
      // An unknown currency code, for instance: show the number rather than fail.
      return new Intl.NumberFormat(resolved, { maximumFractionDigits: 2 });
    }
  });
}

/** A shared `Intl.DateTimeFormat`; `options.timeZone` is checked first. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const resolved = writingLocale(locale);
  const timeZone = resolveTimeZone(options.timeZone);
  // An unknown zone is left out (`undefined`): the runtime's own, rather than a RangeError.
  return cached(
    `date|${resolved}|${timeZone}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(resolved, { ...options, timeZone }),
  );
}

/** A shared cardinal `Intl.PluralRules`. */
export function pluralRules(locale: string): Intl.PluralRules {
  const resolved = writingLocale(locale);
  return cached(`plural|${resolved}`, () => new Intl.PluralRules(resolved));
}

/** A shared `Intl.RelativeTimeFormat` that says "tomorrow" rather than "in 1 day". */
export function relativeTimeFormat(
  locale: string,
  numeric: Intl.RelativeTimeFormatNumeric,
): Intl.RelativeTimeFormat {
  const resolved = writingLocale(locale);
  return cached(
    `relative|${resolved}|${numeric}`,
    () => new Intl.RelativeTimeFormat(resolved, { numeric }),
  );
}
