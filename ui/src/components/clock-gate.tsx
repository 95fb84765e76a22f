import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { settingsQuery } from "../api/use-app-settings";

/**
 * Reads the settings before its children first render, so every day count, "today" and time
 * starts on the app's clock in the user's zone instead of this computer's. If they cannot be read
 * the app still opens (on this computer's clock and zone) and the Settings page shows the error.
 */
export function ClockGate({ children }: { children: ReactNode }) {
  const settings = useQuery(settingsQuery);
  if (settings.isPending) return null;
  return children;
}
