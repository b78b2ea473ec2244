/**
 * A payload from Capillary (a response body or a webhook) did not fit the documented shape.
 * `path` names the offending field, e.g. `events[3].eventDetails.eventTime`.
 */
export class LoyaltyParseError extends Error {
  override readonly name = 'LoyaltyParseError';
  /** Dotted path of the field that did not fit, `''` for the payload itself. */
  readonly path: string;

  constructor(path: string, problem: string, options?: { cause?: unknown }) {
    super(path ? `Invalid value at ${path}: ${problem}` : `Invalid payload: ${problem}`, options);
    this.path = path;
  }
}
