import type { QueryClient } from "@tanstack/react-query";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import type { CandidateInput } from "../../../lib/types";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";

/** Creates (no id) or updates a candidate; a new one can join a role in the same transaction. */
export function useSaveCandidate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, roleId }: { id?: string; input: CandidateInput; roleId?: string }) =>
      unwrap(id ? commands.updateCandidate(id, input) : commands.createCandidate(input, roleId ?? null)),
    onSuccess: async (_saved, { roleId }) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.candidates }),
        client.invalidateQueries({ queryKey: keys.roles }),
        roleId ? client.invalidateQueries({ queryKey: keys.role(roleId) }) : Promise.resolve(),
      ]);
    },
  });
}

/** Tombstones a candidate. */
export function useDeleteCandidate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(commands.deleteCandidate(id)),
    onSuccess: () => refreshCandidates(client),
  });
}

/**
 * Restores a tombstoned candidate. A plain async function (not a mutation hook) because it runs
 * from an Undo toast after the screen that deleted the candidate is gone.
 */
export async function restoreCandidate(client: QueryClient, id: string) {
  const candidate = await unwrap(commands.restoreCandidate(id));
  await refreshCandidates(client);
  return candidate;
}

function refreshCandidates(client: QueryClient) {
  return Promise.all([client.invalidateQueries({ queryKey: keys.candidates }), client.invalidateQueries({ queryKey: keys.roles })]);
}
