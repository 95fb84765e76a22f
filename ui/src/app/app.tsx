import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../bindings";
import { ClockGate } from "../components/clock-gate";
import { ToastProvider } from "../components/toast";
import { ErrorBoundary } from "./error-boundary";
import { keys } from "../lib/query-keys";
import { Shell } from "./shell";
import { StartupError } from "./startup-error";

export function App() {
  const [client] = useState(
    () =>
      new QueryClient({
        // Every read is local and fast: no retries that would hide an error, no refetch on focus.
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <ToastProvider>
        <ErrorBoundary>
          <StartupGate />
        </ErrorBoundary>
      </ToastProvider>
    </QueryClientProvider>
  );
}

/** Shows the app when the database opened, and a clear explanation when it did not. */
function StartupGate() {
  const status = useQuery({ queryKey: keys.startup, queryFn: () => commands.startupStatus(), staleTime: Infinity });
  if (status.isPending) return null;
  if (status.isError) return <StartupError message={String(status.error)} dbPath="" />;
  if (!status.data.ok) return <StartupError message={status.data.error ?? "Unknown error"} dbPath={status.data.db_path} />;
  return (
    <ClockGate>
      <Shell dbPath={status.data.db_path} />
    </ClockGate>
  );
}
