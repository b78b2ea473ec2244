'use client';
import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

// Layout effects warn during server rendering in React 18; there is no layout to read there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** The text direction `element` is laid out in, read from the page and kept up to date. */
export function useInheritedDirection(
  element: RefObject<HTMLElement | null>,
  initial: 'ltr' | 'rtl',
) {
  const [direction, setDirection] = useState(initial);
  useIsomorphicLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const read = () => setDirection(getComputedStyle(node).direction === 'rtl' ? 'rtl' : 'ltr');
    read();
    // A language switch flips `dir` on the page or a wrapper without remounting the element. The
    // whole subtree is watched because that wrapper can be any ancestor (or, through CSS, any
    // element): each `dir` change on the page costs one `getComputedStyle` per observing widget.
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['dir'],
      subtree: true,
    });
    return () => observer.disconnect();
  }, [element]);
  return direction;
}
