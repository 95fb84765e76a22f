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

/** Tombstones a candidate; the returned undo restores them. */
export function useDeleteCandidate() {
  const client = useQueryClient();
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: keys.candidates }), client.invalidateQueries({ queryKey: keys.roles })]);
  return {
    remove: useMutation({ mutationFn: (id: string) => unwrap(commands.deleteCandidate(id)), onSuccess: refresh }),
    restore: useMutation({ mutationFn: (id: string) => unwrap(commands.restoreCandidate(id)), onSuccess: refresh }),
  };
}
