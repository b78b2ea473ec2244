'use client';
import { type RefObject, useEffect, useRef } from 'react';
import type { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import { errorMessageId } from '../../i18n/errorMessageId.js';
import { useLoyaltyDisplay } from './useLoyaltyDisplay.js';
import { en } from '../../i18n/en.js';

/** Props of `ErrorNotice`. */
interface ErrorNoticeProps {
  /** What failed. */
  error: LoyaltyApiError | Error;
  /** Title above the explanation, e.g. "Points activity could not be loaded". */
  title: string;
  /** Offers a Retry button when given; without it, a failure a retry cannot fix says what to do. */
  onRetry?: () => void;
  /**
   * Where focus goes when Retry is pressed: the notice, Retry with it, gives way to a loading
   * state, and focus would fall to the page. Should trying again fail again while focus is still
   * there, it comes back to Retry.
   */
  focusOnRetry?: RefObject<HTMLElement | null>;
}

/** Capillary codes that mean the member's account could not be matched. */
const ACCOUNT_CODES = new Set([8015, 11012, 11023]);

// The app's bundler writes `process.env.NODE_ENV` in as a literal, as React and TanStack Query
// rely on too; declared here so the published types need no Node types.
declare const process: { env: { NODE_ENV?: string } };

/**
 * Lines already logged: a notice re-rendered, remounted or shown twice says it once, and so does
 * one whose app passes the same bad data anew on each render (a new error each time).
 */
const logged = new Set<string>();

/**
 * A failure in words a member understands, with a way to try again or what to do instead. The
 * API's own (English, technical) text stays out of view, in `data-detail`, for developers; in
 * development it is logged too, where a developer looks first.
 */
export function ErrorNotice({ error, title, onRetry, focusOnRetry }: ErrorNoticeProps) {
  const { t } = useLoyaltyDisplay(en);
  const retryButton = useRef<HTMLButtonElement>(null);
  // A new error while focus still waits where Retry sent it: trying again failed again. (The
  // notice may not have unmounted in between, when the failure came before the loading state showed.)
  useEffect(() => {
    const waiting = focusOnRetry?.current;
    // The root node, not `document`: inside a shadow root, `document` sees only the host.
    if (waiting && (waiting.getRootNode() as Document | ShadowRoot).activeElement === waiting) {
      retryButton.current?.focus();
    }
  }, [focusOnRetry, error]);
  useEffect(() => {
    // Not `typeof process` first: bundlers replace only this expression, so in a browser
    // `process` stays undefined in development too. A production build drops the whole block.
    if (process.env.NODE_ENV !== 'production') {
      // The cause is often the real reason (the fetch's own failure): say it, in one line, unless
      // the message already does (a widget that could not render quotes its cause).
      const reason = error.cause instanceof Error ? error.cause.message : '';
      const cause = reason && !error.message.includes(reason) ? ` (${reason})` : '';
      const line = `capillary-loyalty-widgets: ${title}: ${error.message}${cause}`;
      if (!logged.has(line)) console.error(line);
      logged.add(line);
    }
  }, [error, title]);
  const details =
    'kind' in error
      ? error
      : { kind: 'network' as const, status: null, code: null, retryable: true };
  // Retry only where trying again can help (offline, timeout, 408, 429, 5xx).
  const retry = details.retryable ? onRetry : undefined;
  const hint = details.retryable
    ? null
    : t(
        ACCOUNT_CODES.has(details.code ?? 0) || details.status === 401
          ? 'error.hint.account'
          : 'error.hint.support',
      );
  return (
    <div
      role="alert"
      data-slot="error"
      className="clw-notice"
      data-state="error"
      data-detail={error.message}
    >
      <p className="clw-notice-title">{title}</p>
      <p>{t(errorMessageId(details))}</p>
      {hint ? <p className="clw-notice-detail">{hint}</p> : null}
      {retry ? (
        <button
          ref={retryButton}
          type="button"
          className="clw-button"
          data-slot="retry"
          onClick={() => {
            focusOnRetry?.current?.focus();
            retry();
          }}
        >
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
