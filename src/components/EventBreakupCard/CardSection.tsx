'use client';
import { type ReactNode, type RefObject, useId } from 'react';

/**
 * One section of the card, under its heading. Not a landmark: with a few cards open, a page's
 * landmarks would list "Allocations" or "Bill" once per card, none telling which card it is in.
 * Headings are how a screen reader moves through a card.
 */
export function CardSection({
  title,
  children,
  focusRef,
}: {
  title: string;
  children: ReactNode;
  /**
   * Makes the section focusable from script, to hold focus while its content is replaced. It is
   * then a group named by its heading, so landing on it says where focus is.
   */
  focusRef?: RefObject<HTMLElement | null>;
}) {
  const id = useId();
  return (
    <section
      ref={focusRef}
      className="clw-card-section"
      role={focusRef ? 'group' : undefined}
      aria-labelledby={focusRef ? id : undefined}
      tabIndex={focusRef ? -1 : undefined}
    >
      <h4 id={id} className="clw-card-section-title">
        {title}
      </h4>
      {children}
    </section>
  );
}
