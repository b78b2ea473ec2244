'use client';
import * as Tabs from '@radix-ui/react-tabs';
import { useState } from 'react';
import type { CustomerIdentifier } from '../../core/client/queries.js';
import { en } from '../../i18n/en.js';
import { useHistoricalPoints } from '../../react/useHistoricalPoints.js';
import { useLoyaltyContext } from '../../react/LoyaltyContext.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { ActivityView, AllView, HistoryView, type ViewProps } from './ledgerViews.js';
import type { PointsLedgerTab } from './PointsLedgerTable.js';

const TABS: readonly string[] = ['activity', 'history', 'all'] satisfies PointsLedgerTab[];

/**
 * Whether the organisation imported any history for this member (one tiny request); `undefined`
 * until it is known. A probe that fails shows no tabs.
 */
function useHasImportedHistory(customerId: string | number | undefined): boolean | undefined {
  const probe = useHistoricalPoints(customerId ?? '', {
    filter: { filterType: 'NONE' },
    pageSize: 1,
    enabled: customerId !== undefined,
  });
  return customerId !== undefined && probe.isPending ? undefined : probe.entries.length > 0;
}

/** The table of a member it loads itself: Activity, and where history was imported, its tabs. */
export function ConnectedTable({
  view,
  customer,
  direction,
}: {
  view: ViewProps;
  customer: CustomerIdentifier;
  direction: 'ltr' | 'rtl';
}) {
  // First, so a page without a provider hears of the widget it used, not of a hook inside it.
  useLoyaltyContext('<PointsLedgerTable customer>');
  const { t } = useLoyaltyDisplay(en);
  const { props } = view;
  const { customerId } = props;
  const hasHistory = useHasImportedHistory(customerId);
  const [uncontrolled, setUncontrolled] = useState<PointsLedgerTab>(
    props.defaultValue ?? 'activity',
  );
  const requested = props.value ?? uncontrolled;
  // An unknown value (from plain JavaScript) would select no panel at all.
  const tab = hasHistory && TABS.includes(requested) ? requested : 'activity';
  const onValueChange = (value: string) => {
    setUncontrolled(value as PointsLedgerTab);
    props.onValueChange?.(value as PointsLedgerTab);
  };
  // One tree whether or not the tabs show, so the Activity view keeps its state (and open rows)
  // when the history probe answers after the first rows.
  const showTabs = hasHistory && customerId !== undefined;
  // Without its tab a panel would be an unnamed "tab panel" labelled by a missing element.
  const panelRole = showTabs ? {} : { role: undefined, 'aria-labelledby': undefined };
  return (
    <Tabs.Root value={tab} onValueChange={onValueChange} dir={direction} className="clw-tabs">
      {showTabs ? (
        <Tabs.List className="clw-tab-list" aria-label={t('table.views')}>
          <Tabs.Trigger value="activity" className="clw-tab">
            {t('table.tab.activity')}
          </Tabs.Trigger>
          <Tabs.Trigger value="history" className="clw-tab">
            {t('table.tab.imported')}
          </Tabs.Trigger>
          <Tabs.Trigger value="all" className="clw-tab">
            {t('table.tab.all')}
          </Tabs.Trigger>
        </Tabs.List>
      ) : null}
      {/* Panels leave the tab order to the table inside them: one stop, not two in a row. */}
      <Tabs.Content
        value="activity"
        className={showTabs ? 'clw-tab-panel' : undefined}
        tabIndex={-1}
        {...panelRole}
      >
        {/* Its rows wait for the tabs, or the whole table would drop when they came. */}
        <ActivityView view={view} customer={customer} waiting={hasHistory === undefined} />
      </Tabs.Content>
      {showTabs ? (
        <>
          <Tabs.Content value="history" className="clw-tab-panel" tabIndex={-1}>
            <HistoryView view={view} customerId={customerId} />
          </Tabs.Content>
          <Tabs.Content value="all" className="clw-tab-panel" tabIndex={-1}>
            <AllView view={view} customer={customer} customerId={customerId} />
          </Tabs.Content>
        </>
      ) : null}
    </Tabs.Root>
  );
}
