// A brand's page re-themes the widgets through their tokens, as the README invites. Shared by the
// stories that check the widgets keep their layout under a brand's type, spacing and shapes.
import type { Decorator } from '@storybook/react-vite';
import type { CSSProperties } from 'react';

/**
 * A plausible brand: a serif at 18 px (1.125rem) where the widgets' own is 14 px, roomier spacing,
 * square corners and a wider focus ring. Colours stay the theme's, so the stories read in the dark
 * theme too.
 */
export const BRAND_TYPE = {
  '--clw-font-family': 'Georgia, "DejaVu Serif", serif',
  '--clw-font-size': '1.125rem',
  '--clw-font-size-small': '0.9375rem',
  '--clw-font-size-large': '1.5rem',
  '--clw-line-height': '1.6',
  '--clw-font-weight-strong': '700',
  '--clw-space-1': '0.375rem',
  '--clw-space-2': '0.75rem',
  '--clw-space-3': '1rem',
  '--clw-space-4': '1.5rem',
  '--clw-radius': '0',
  '--clw-radius-small': '0',
  '--clw-focus-ring-width': '4px',
  '--clw-streak-marker-size': '1.75rem',
} as CSSProperties;

/** Renders the story `width` px wide under the brand's tokens, set on a wrapper as a brand may. */
export function withBrandType(width: number): Decorator {
  return (Story) => (
    <div style={{ ...BRAND_TYPE, width }}>
      <Story />
    </div>
  );
}
