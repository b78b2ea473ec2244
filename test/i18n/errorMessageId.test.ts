import { describe, expect, it } from 'vitest';
import { LoyaltyApiError } from '../../src/core/client/LoyaltyApiError.js';
import { createTranslator } from '../../src/i18n/createTranslator.js';
import { errorMessageId } from '../../src/i18n/errorMessageId.js';

const t = createTranslator({ locale: 'en' });
const failure = (options: Partial<ConstructorParameters<typeof LoyaltyApiError>[0]>) =>
  new LoyaltyApiError({ kind: 'http', message: 'x', path: '/v2/x', ...options });

describe('errorMessageId', () => {
  it('tells a member their customer record was not found (Capillary code 8015)', () => {
    expect(t(errorMessageId(failure({ status: 400, code: 8015 })))).toBe(
      'This customer was not found.',
    );
  });

  it('asks to wait after too many requests, and to try later when the service is down', () => {
    expect(errorMessageId(failure({ status: 429 }))).toBe('error.status.429');
    expect(errorMessageId(failure({ status: 503 }))).toBe('error.status.5xx');
  });

  it('words each kind of failure', () => {
    expect(errorMessageId(failure({ kind: 'network' }))).toBe('error.kind.network');
    expect(errorMessageId(failure({ kind: 'timeout' }))).toBe('error.kind.timeout');
    expect(errorMessageId(failure({ kind: 'invalid-query' }))).toBe('error.kind.invalid-query');
    expect(errorMessageId(failure({ kind: 'invalid-response' }))).toBe(
      'error.kind.invalid-response',
    );
    expect(errorMessageId(failure({ status: 418, code: 12345 }))).toBe('error.kind.http');
  });

  it("words the allocation document's bare 400 and 404 apart from other errors", () => {
    expect(t(errorMessageId(failure({ status: 400 })))).toBe(
      'This information could not be loaded.',
    );
    expect(t(errorMessageId(failure({ status: 404 })))).toBe(
      'The loyalty service has no record of this.',
    );
  });
});
