import 'capillary-loyalty-widgets/styles.css';
import { QueryClient } from '@tanstack/react-query';
import { LoyaltyProvider, PointsLedgerTable, StreakProgress } from 'capillary-loyalty-widgets';
import { ar } from 'capillary-loyalty-widgets/locales/ar';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The app's own query client, handed to the widgets: one cache for the whole app.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const DAY = 86_400_000;
const now = Date.now();

function App() {
  return (
    <LoyaltyProvider baseUrl="/api/loyalty" queryClient={queryClient} timeZone="Asia/Kolkata">
      <main>
        <h1>My points</h1>
        <PointsLedgerTable
          customer={{
            identifierName: 'mobile',
            identifierValue: '917406401004',
            source: 'INSTORE',
          }}
          customerId={374819205}
        />
        {/* A brand's own streak data, as plain props. */}
        <StreakProgress
          name="Weekend streak"
          description="Shop on five weekends in a row"
          levels={[3, 5]}
          currentValue={4}
          achievedLevels={[{ level: 1, achievedAt: new Date(now - 7 * DAY) }]}
          startDate={new Date(now - 30 * DAY)}
          endDate={new Date(now + 20 * DAY)}
        />
        {/* The same streak in Arabic, right to left: the /locales/ar entry. */}
        <LoyaltyProvider baseUrl="/api/loyalty" locale="ar" messages={ar} timeZone="Asia/Kolkata">
          <div lang="ar" dir="rtl">
            <StreakProgress
              name="سلسلة عطلة نهاية الأسبوع"
              levels={[3, 5]}
              currentValue={4}
              achievedLevels={[{ level: 1, achievedAt: new Date(now - 7 * DAY) }]}
              variant="compact"
            />
          </div>
        </LoyaltyProvider>
      </main>
    </LoyaltyProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
