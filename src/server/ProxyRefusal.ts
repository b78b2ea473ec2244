/** The wording of every answer the proxy writes itself: no host, credential or token in any. */
export const PROXY_MESSAGES = {
  notFound: 'There is no such loyalty endpoint.',
  methodNotAllowed: 'This loyalty endpoint does not accept that method.',
  badPath: 'The request path is not allowed.',
  originNotAllowed: 'This origin may not call the loyalty service.',
  signedOut: 'No member is signed in.',
  otherCustomer: 'A member may read only their own loyalty data.',
  uncheckableIdentifier: 'The signed-in member has no identifier of this type on record.',
  tooLarge: 'The request body is too large.',
  notJson: 'The request body is not JSON.',
  notHistoryQuery: 'The request body is not a historical points query.',
  unavailable: 'The loyalty service is unavailable.',
  timeout: 'The loyalty service did not answer in time.',
  upstreamRefused: 'The loyalty service could not answer this request.',
  internal: 'The loyalty proxy failed.',
} as const;

/** A request the proxy answers itself with an error status, without asking upstream. */
export class ProxyRefusal extends Error {
  override readonly name = 'ProxyRefusal';
  /** The HTTP status to answer with. */
  readonly status: number;
  /** Extra headers of the answer, e.g. `Allow` for a 405. */
  readonly headers: Record<string, string>;

  /** What the brand's developer should fix, for `onError` only: a refusal that is their setup's. */
  readonly setupProblem: string | null;

  constructor(
    status: number,
    message: string,
    headers: Record<string, string> = {},
    setupProblem: string | null = null,
  ) {
    super(message);
    this.status = status;
    this.headers = headers;
    this.setupProblem = setupProblem;
  }
}
