import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/i18n/textDirection.js';

describe('textDirection', () => {
  it('lays out Arabic, Hebrew and Persian right to left and English left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-AE')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('en-IN')).toBe('ltr');
    expect(textDirection('not a locale!')).toBe('ltr');
  });
});
