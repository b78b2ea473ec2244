'use client';
import { Component, type ReactNode, Suspense } from 'react';

/** Props of `WidgetBoundary`. */
interface WidgetBoundaryProps {
  /** What shows in the widget's place, in the widget's words. */
  fallback: (error: Error) => ReactNode;
  /** The widget. */
  children: ReactNode;
}

interface WidgetBoundaryState {
  error: Error | null;
  /** The children that failed: new ones (the app fixed its props) get another try. */
  failed: ReactNode;
}

/**
 * A widget that cannot render (props of the wrong shape, from JavaScript or a CMS) shows a notice,
 * never a blank page: React unmounts the whole app above an error no boundary catches, and a
 * server render fails as a whole.
 */
export class WidgetBoundary extends Component<WidgetBoundaryProps, WidgetBoundaryState> {
  override state: WidgetBoundaryState = { error: null, failed: null };

  static getDerivedStateFromError(cause: unknown): Partial<WidgetBoundaryState> {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { error: new Error(`The widget could not render: ${reason}`, { cause }) };
  }

  static getDerivedStateFromProps(
    props: WidgetBoundaryProps,
    state: WidgetBoundaryState,
  ): Partial<WidgetBoundaryState> | null {
    if (state.error && state.failed === null) return { failed: props.children };
    return state.error && props.children !== state.failed ? { error: null, failed: null } : null;
  }

  override render() {
    const { error } = this.state;
    // Boundaries do nothing on the server: there, a failure stops at Suspense instead, which
    // leaves the widget's place empty and has the browser render it, where this boundary catches.
    return error ? (
      this.props.fallback(error)
    ) : (
      <Suspense fallback={null}>{this.props.children}</Suspense>
    );
  }
}
