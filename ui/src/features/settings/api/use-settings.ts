import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { receiveSettings, useAppSettings } from "../../../api/use-app-settings";
import { commands } from "../../../bindings";
import { unwrap } from "../../../lib/ipc";
import type { FeedbackVisibility } from "../../../lib/types";

export function useSettings() {
  return useAppSettings();
}

export function useSetDisplayName() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(commands.setDisplayName(name)),
    onSuccess: (settings) => receiveSettings(client, settings),
  });
}

/** Chooses who "me" is on this laptop (null: use the display name). */
export function useSetMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string | null) => unwrap(commands.setMe(personId)),
    onSuccess: async (settings) => {
      receiveSettings(client, settings);
      // What "me" may see changes with who "me" is: drop every cached scorecard.
      client.removeQueries({ queryKey: ["scorecards"] });
      await client.invalidateQueries();
    },
  });
}

const visibilityKey = ["settings", "feedback-visibility"] as const;

/** Who sees a colleague's submitted scorecard. */
export function useFeedbackVisibility() {
  return useQuery({ queryKey: visibilityKey, queryFn: () => unwrap(commands.getFeedbackVisibility()) });
}

export function useSetFeedbackVisibility() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rule: FeedbackVisibility) => unwrap(commands.setFeedbackVisibility(rule)),
    onSuccess: async (_nothing, rule) => {
      client.setQueryData(visibilityKey, rule);
      client.removeQueries({ queryKey: ["scorecards"] });
    },
  });
}

/** The region phone numbers without a country code are read in (duplicate keys follow it). */
export function useSetDefaultRegion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (region: string) => unwrap(commands.setDefaultRegion(region)),
    onSuccess: (settings) => receiveSettings(client, settings),
  });
}

/**
 * Chooses the zone days, weeks and times are shown and counted in (null: follow "me", then this
 * computer). Everything the store computed in the old zone is refetched.
 */
export function useSetTimeZone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (zone: string | null) => unwrap(commands.setTimeZone(zone)),
    onSuccess: (settings) => receiveSettings(client, settings),
  });
}
