'use client';
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
  /** Offers a Retry button when given. */
  onRetry?: () => void;
}

/** A failure in words a member understands, with what the API said and a way to try again. */
export function ErrorNotice({ error, title, onRetry }: ErrorNoticeProps) {
  const { t } = useLoyaltyDisplay(en);
  const details = 'kind' in error ? error : { kind: 'network' as const, status: null, code: null };
  const explanation = t(errorMessageId(details));
  return (
    <div role="alert" data-slot="error" className="clw-notice" data-state="error">
      <p className="clw-notice-title">{title}</p>
      <p>{explanation}</p>
      {error.message && error.message !== explanation ? (
        <p className="clw-notice-detail">{error.message}</p>
      ) : null}
      {onRetry ? (
        <button type="button" className="clw-button" data-slot="retry" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
