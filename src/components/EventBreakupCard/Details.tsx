import type { ReactNode } from 'react';
import type { Translator } from '../../i18n/createTranslator.js';
import type { MessageId } from '../../i18n/messages.js';

/** A term and its value; nothing when the value is absent. */
export function Detail({ term, value }: { term: string; value: ReactNode }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** Message ids of terms, each with its value. */
export type DetailItems = readonly (readonly [term: MessageId, value: ReactNode])[];

/** A description list of messages and their values, in order; absent values are left out. */
export function Details({ t, items }: { t: Translator; items: DetailItems }) {
  return (
    <dl className="clw-details">
      {items.map(([term, value]) => (
        <Detail key={term} term={t(term)} value={value} />
      ))}
    </dl>
  );
}
