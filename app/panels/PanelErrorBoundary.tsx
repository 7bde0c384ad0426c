import { Component, type ErrorInfo, type ReactNode } from "react";
import { BUTTON } from "./ui";

interface State {
  readonly error: Error | null;
}

/**
 * Keeps one panel's failure (a lazy chunk that did not load, a bug) from taking the other panels down: it shows
 * what happened and offers a reload instead.
 */
export class PanelErrorBoundary extends Component<{ readonly name: string; readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunk = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
    return (
      <div role="alert" className="flex flex-col items-start gap-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        <p>
          {chunk ? `The ${this.props.name} panel could not be loaded (the network failed).` : `The ${this.props.name} panel stopped working: ${error.message}`}
        </p>
        <button type="button" className={BUTTON} onClick={() => location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
