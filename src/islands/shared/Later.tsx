/**
 * A part of an island whose code loads only when it is needed (the brief, the list of worksheets,
 * the notice of data set aside). Should that code not arrive (the reader has gone offline since
 * the page loaded), the rest of the island goes on working and this part says so: the work
 * itself is saved already.
 */
import { Component, Suspense, type ReactNode } from 'react';

interface Props {
  /** What to say if the code cannot be loaded. */
  failed: string;
  children: ReactNode;
}

class Boundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p className="notice">{this.props.failed}</p> : this.props.children;
  }
}

export function Later({ failed, children }: Props) {
  return (
    <Boundary failed={failed}>
      <Suspense fallback={null}>{children}</Suspense>
    </Boundary>
  );
}
