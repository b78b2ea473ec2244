'use client';
import { type ReactNode, type RefObject, useId } from 'react';

/** One section of the card: a landmark named by its heading. */
export function CardSection({
  title,
  children,
  focusRef,
}: {
  title: string;
  children: ReactNode;
  /** Makes the section focusable from script, to hold focus while its content is replaced. */
  focusRef?: RefObject<HTMLElement | null>;
}) {
  const id = useId();
  return (
    <section
      ref={focusRef}
      className="clw-card-section"
      aria-labelledby={id}
      tabIndex={focusRef ? -1 : undefined}
    >
      <h4 id={id} className="clw-card-section-title">
        {title}
      </h4>
      {children}
    </section>
  );
}
