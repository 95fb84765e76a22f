import { queryOptions, useQuery } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";

import { commands } from "../bindings";
import { syncClock } from "../lib/clock";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";
import type { Settings } from "../lib/types";

/**
 * Every Settings value the store returns goes through here: it carries the app's clock and the
 * user's zone. When the zone in use changed, everything the store computed in the old one (late,
 * overdue, stalled, this week) is stale, so every other query is refetched.
 */
export function receiveSettings(client: QueryClient, settings: Settings): Settings {
  const zoneChanged = syncClock(settings);
  client.setQueryData(keys.settings, settings);
  if (zoneChanged) refetchZoned(client);
  return settings;
}

function refetchZoned(client: QueryClient): void {
  void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== keys.settings[0] });
}

/** The query for this laptop's settings, shared by every screen that reads them. */
export const settingsQuery = queryOptions({
  queryKey: keys.settings,
  queryFn: async ({ client }): Promise<Settings> => {
    const settings = await unwrap(commands.getSettings());
    if (syncClock(settings)) refetchZoned(client);
    return settings;
  },
});

/** This laptop's settings (and, as a side effect, the app's clock and the user's zone). */
export function useAppSettings() {
  return useQuery(settingsQuery);
}
