// Renders a piece of the UI the way the app does: inside the query client, the toasts and the
// clock gate, so the settings (the app's clock and the user's zone) arrive before it renders.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";

import { ClockGate } from "../components/clock-gate";
import { ToastProvider } from "../components/toast";
import type { Settings } from "../lib/types";

/** Settings as the store returns them when its clock reads `now` and the user's zone is `zone`. */
export function settingsAt(now: string, zone: string, extra: Partial<Settings> = {}): Settings {
  return {
    display_name: "Ana Ruiz",
    me: "p-ana",
    db_path: "/tmp/shortlist.db",
    replica_id: "replica-1",
    demo_loaded: false,
    default_region: "DE",
    time_zone: zone,
    time_zone_choice: zone,
    now,
    ...extra,
  };
}

export function renderInApp(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <ClockGate>{ui}</ClockGate>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, client };
}
