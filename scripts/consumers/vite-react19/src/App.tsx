import {
  type CustomerIdentifier,
  LoyaltyProvider,
  PointsLedgerTable,
  StreakProgress,
} from 'capillary-loyalty-widgets';
import { sampleStreak } from './streak.js';

// The signed-in member, as the brand's proxy knows them; the browser sends no credentials.
const member: CustomerIdentifier = {
  identifierName: 'mobile',
  identifierValue: '917406401004',
  source: 'INSTORE',
};
const streak = sampleStreak();

export function App() {
  return (
    <LoyaltyProvider baseUrl="/api/loyalty" locale="en-IN" timeZone="Asia/Kolkata">
      <main>
        <h1>My points</h1>
        <PointsLedgerTable customer={member} customerId={374819205} />
        <StreakProgress streak={streak} />
      </main>
    </LoyaltyProvider>
  );
}
