import type { CustomerIdentifier } from '../../src/core/client/queries.js';

/** A member of the demo: how the ledger API names them, and their Capillary customer id. */
export interface DemoMember extends CustomerIdentifier {
  /** Capillary's customer id: the proxy checks it, and the history and allocations use it. */
  customerId: number;
}

/**
 * The two members of the mock API (test/mocks/mockCustomers.ts, `MEMBERS`) the page can show.
 * Copied rather than imported: that module generates the mock's data, which has no place in the
 * page's bundle. A brand's page would render the signed-in member's identifiers from its session.
 */
export const DEMO_MEMBERS = {
  /** The signed-in member of the demo session. */
  regular: {
    identifierName: 'mobile',
    identifierValue: '917406401004',
    source: 'INSTORE',
    customerId: 374819205,
  },
  /** Someone else: asking for their data while signed in as `regular` gets 403. */
  second: {
    identifierName: 'mobile',
    identifierValue: '919800000002',
    source: 'INSTORE',
    customerId: 566135941,
  },
} as const satisfies Record<string, DemoMember>;

/** Which demo member: `regular` (signed in) or `second` (another member). */
export type DemoMemberKey = keyof typeof DEMO_MEMBERS;
