import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";

export function useSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: () => unwrap(commands.getSettings()) });
}

export function useSetDisplayName() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(commands.setDisplayName(name)),
    onSuccess: (settings) => client.setQueryData(keys.settings, settings),
  });
}

/** Chooses who "me" is on this laptop (null: use the display name). */
export function useSetMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string | null) => unwrap(commands.setMe(personId)),
    onSuccess: async (settings) => {
      client.setQueryData(keys.settings, settings);
      // What "me" may see changes with who "me" is: drop every cached scorecard.
      client.removeQueries({ queryKey: ["scorecards"] });
      await client.invalidateQueries();
    },
  });
}
