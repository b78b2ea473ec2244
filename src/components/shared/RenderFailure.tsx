'use client';
import { useMemo } from 'react';
import { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import type { MessageId } from '../../i18n/messages.js';
import { ErrorNotice } from './ErrorNotice.js';
import { useLoyaltyDisplay } from './useLoyaltyDisplay.js';
import { en } from '../../i18n/en.js';

/**
 * What the table and the card show when their props could not be rendered (see `WidgetBoundary`):
 * a notice that the app's input was at fault, with no Retry, which could not help.
 */
export function RenderFailure({ error, title }: { error: Error; title: MessageId }) {
  const { t, lang } = useLoyaltyDisplay(en);
  const failure = useMemo(
    () =>
      new LoyaltyApiError({
        kind: 'invalid-query',
        path: '',
        message: error.message,
        cause: error,
      }),
    [error],
  );
  // In the widgets' root, so the notice keeps their type and colours in place of the widget.
  return (
    <div className="clw-root" data-slot="render-failure" lang={lang}>
      <ErrorNotice error={failure} title={t(title)} />
    </div>
  );
}
