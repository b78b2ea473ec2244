import { http } from 'msw';
import type { MockCapillary } from './createMockCapillary.js';

/** MSW handlers that hand the three points endpoints to a mock Capillary, on any host. */
export function mswHandlers(api: MockCapillary) {
  const answer = ({ request }: { request: Request }) => api.handle(request);
  return [
    http.get('*/v2/pointsLedger/getLedgerExplodeInfo', answer),
    http.get('*/x/neo/pointsAllocation/event', answer),
    http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', answer),
  ];
}
