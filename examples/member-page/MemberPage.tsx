import { useMemo } from 'react';
import {
  createLoyaltyClient,
  LoyaltyProvider,
  PointsLedgerTable,
  StreakProgress,
  TargetMilestoneBar,
  useStreaks,
  useTargets,
} from '../../src/index.js';
import streakStart from '../../test/fixtures/webhooks/streakStart.json' with { type: 'json' };
import targetValueAchieved from '../../test/fixtures/webhooks/targetValueAchieved.json' with { type: 'json' };
import { DEMO_MEMBERS } from './demoMembers.js';
import type { PageSettings } from './readPageSettings.js';
import { replayWebhooks } from './replayWebhooks.js';

/** The programme's zone: Capillary's zone-less dates are read, and every date shown, in it. */
const PROGRAMME_TIME_ZONE = 'Asia/Kolkata';

// Created once, outside the components: a new source on each render would resubscribe.
// Samples of the webhook document (test/fixtures/webhooks), replayed as a relay would push them.
const streakEvents = replayWebhooks([streakStart]);
const targetEvents = replayWebhooks([targetValueAchieved]);

/** Props of `MemberPage`. */
export interface MemberPageProps {
  /** From the page's query string (`readPageSettings`). */
  settings: PageSettings;
}

/** The streak and the target, folded from webhook events as they arrive. */
function ProgressSection() {
  const { data: streaks } = useStreaks({ subscribe: streakEvents, timeZone: PROGRAMME_TIME_ZONE });
  const { data: targets } = useTargets({ subscribe: targetEvents, timeZone: PROGRAMME_TIME_ZONE });
  const waiting = <p className="member-page-muted">Waiting for the programme’s events…</p>;
  return (
    <section className="member-page-progress" aria-labelledby="progress-title">
      <h2 id="progress-title">Streaks and targets</h2>
      <div className="member-page-cards">
        <div>
          {streaks.length === 0
            ? waiting
            : streaks.map((streak) => <StreakProgress key={streak.key} streak={streak} />)}
        </div>
        <div>
          {targets.length === 0
            ? waiting
            : targets.map((target) => <TargetMilestoneBar key={target.key} target={target} />)}
        </div>
      </div>
    </section>
  );
}

/**
 * A member's loyalty page: their points activity (each row opens into its breakup card), a streak
 * and a target. The browser holds no Capillary credential: it calls `/api/loyalty`, the proxy.
 */
export function MemberPage({ settings }: MemberPageProps) {
  const signedIn = DEMO_MEMBERS.regular;
  const shown = DEMO_MEMBERS[settings.member];
  const { timeoutMs, retry } = settings;
  // No `auth`: the proxy adds the credentials on the server, and the session cookie names the member.
  const client = useMemo(
    () =>
      createLoyaltyClient({
        baseUrl: '/api/loyalty',
        timeoutMs,
        retry,
        timeZone: PROGRAMME_TIME_ZONE,
      }),
    [timeoutMs, retry],
  );
  const customer = {
    identifierName: shown.identifierName,
    identifierValue: shown.identifierValue,
    source: shown.source,
  };
  const isOwnPage = shown === signedIn;
  return (
    <LoyaltyProvider client={client} locale="en-IN" timeZone={PROGRAMME_TIME_ZONE}>
      <header className="member-page-header">
        <h1>Your loyalty points</h1>
        <p>
          Signed in as the demo member <strong>{signedIn.identifierValue}</strong> (customer{' '}
          {signedIn.customerId}).
        </p>
        <nav aria-label="Demo">
          <a href="?" aria-current={isOwnPage ? 'page' : undefined}>
            Your page
          </a>
          <a href="?member=second" aria-current={isOwnPage ? undefined : 'page'}>
            Another member’s page (refused with 403)
          </a>
        </nav>
        {isOwnPage ? null : (
          <p className="member-page-note" data-slot="other-member-note">
            This page asks for member {shown.identifierValue}’s points while you are signed in as{' '}
            {signedIn.identifierValue}: the proxy refuses, whatever the page asks for.
          </p>
        )}
      </header>
      <main className="member-page-main">
        <section aria-labelledby="activity-title">
          <h2 id="activity-title">Points activity</h2>
          <p className="member-page-muted">Open a row to see how its points break down.</p>
          <PointsLedgerTable customer={customer} customerId={shown.customerId} />
        </section>
        <ProgressSection />
      </main>
    </LoyaltyProvider>
  );
}
