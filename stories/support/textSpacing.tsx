// WCAG 1.4.12 Text Spacing: a member's own style sheet may space text out this much, and no
// content may be lost for it. Shared by the stories that check the widgets under it.
import type { Decorator } from '@storybook/react-vite';

/** The spacing the criterion names, over everything on the page, as a user style sheet would. */
const TEXT_SPACING = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-block-end: 2em !important;
  }`;

/**
 * Renders the story under the criterion's text spacing, for as long as it is mounted, as wide as
 * on a 320 px phone within the page's margins (the preview's and the padded layout's, which a
 * test run leaves out).
 */
export const withTextSpacing: Decorator = (Story) => (
  <div style={{ maxWidth: 256 }}>
    <style>{TEXT_SPACING}</style>
    <Story />
  </div>
);

/** An element clipped to nothing on purpose, for screen readers only (`clw-sr-only` and the like). */
function visuallyHidden(element: Element): boolean {
  const { width, height } = element.getBoundingClientRect();
  return width <= 1 || height <= 1;
}

/**
 * What is cut off inside `root`, one line each: a box that hides or scrolls away content it
 * cannot fit, and a text field too narrow for its text or its placeholder. `scrollBoxes` matches
 * boxes meant to scroll on the block axis (a table taller than the window), which may.
 */
export function cutOff(root: Element, scrollBoxes?: string): string[] {
  const cut: string[] = [];
  const name = (element: Element) =>
    `${element.localName}.${element.className} "${(element.textContent ?? '').slice(0, 30)}"`;
  for (const element of root.querySelectorAll('*')) {
    if (visuallyHidden(element)) continue;
    if (element instanceof HTMLInputElement && ['text', 'search'].includes(element.type)) {
      // A field does not report its placeholder's width: a copy holding the text as its value
      // does, as long as it is a plain text field. A search field keeps room at its end for its
      // clear button (1em in Chromium), even while it is empty: so does the copy.
      const copy = element.cloneNode() as HTMLInputElement;
      copy.type = 'text';
      copy.value = element.value || element.placeholder;
      if (element.type === 'search') {
        copy.style.paddingInlineEnd = `calc(${getComputedStyle(element).paddingInlineEnd} + 1em)`;
      }
      element.after(copy);
      if (copy.scrollWidth > copy.clientWidth) cut.push(`${name(element)} "${copy.value}"`);
      copy.remove();
      continue;
    }
    const { overflowX, overflowY } = getComputedStyle(element);
    const across = overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
    const down =
      overflowY !== 'visible' &&
      element.scrollHeight > element.clientHeight + 1 &&
      !(scrollBoxes && element.matches(scrollBoxes));
    if (across || down) cut.push(name(element));
  }
  return cut;
}
