import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot unmount on its own: a widget or hook left
// mounted keeps its timers and queries, which then fire once the test's window is gone.
afterEach(cleanup);
