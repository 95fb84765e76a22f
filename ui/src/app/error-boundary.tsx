import { Component } from "react";
import type { ErrorInfo, ReactNode } from "react";

type State = { error: Error | null };

/** A screen that says what broke instead of a blank window; the rest of the app keeps its data. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Shortlist view error", error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="startup-error" role="alert">
        <h1>This screen ran into a problem</h1>
        <p className="startup-error-message">{this.state.error.message}</p>
        <p>Your data is safe: nothing was written. Go back and try again.</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            window.location.hash = "#/roles";
            this.setState({ error: null });
          }}
        >
          Back to roles
        </button>
      </main>
    );
  }
}
