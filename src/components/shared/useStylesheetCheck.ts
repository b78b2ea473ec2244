'use client';
import { type RefObject, useEffect } from 'react';

// The app's bundler writes `process.env.NODE_ENV` in as a literal, as React and TanStack Query
// rely on too; declared here so the published types need no Node types.
declare const process: { env: { NODE_ENV?: string } };

/** A token only the widgets' stylesheet defines: brands re-theme colours, rarely the spacing. */
const PROBE = '--clw-space-1';

let checked = false;

/**
 * In development, warns once per page when the widgets' stylesheet is missing: nothing else says
 * so, and the virtualized table's rows draw over whatever follows it. Checked once the page has
 * loaded, so a stylesheet still on its way is not reported. Production builds drop the check, and
 * test runners (`NODE_ENV=test`) skip it: their DOM loads no stylesheet anyway.
 */
export function useStylesheetCheck(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'development' || checked) return;
    const check = () => {
      const node = root.current;
      if (checked || !node?.isConnected) return;
      checked = true;
      if (getComputedStyle(node).getPropertyValue(PROBE).trim() === '') {
        console.warn(
          "capillary-loyalty-widgets: the widgets' stylesheet is missing. Add `import 'capillary-loyalty-widgets/styles.css'` once in your app.",
        );
      }
    };
    if (document.readyState === 'complete') return check();
    window.addEventListener('load', check, { once: true });
    return () => window.removeEventListener('load', check);
  }, [root]);
}
