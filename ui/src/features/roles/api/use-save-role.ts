import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import type { RoleInput } from "../../../lib/types";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";

/** Creates a role (no id) or saves an edit; refreshes the list and that role's page. */
export function useSaveRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: RoleInput }) =>
      unwrap(id ? commands.updateRole(id, input) : commands.createRole(input)),
    onSuccess: async (role) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.roles }),
        client.invalidateQueries({ queryKey: keys.role(role.id) }),
        client.invalidateQueries({ queryKey: keys.candidates }),
      ]);
    },
  });
}

/** Closes or reopens a role. */
export function useSetRoleOpen() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, open }: { id: string; open: boolean }) => unwrap(open ? commands.reopenRole(id) : commands.closeRole(id)),
    onSuccess: async (role) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.roles }),
        client.invalidateQueries({ queryKey: keys.role(role.id) }),
      ]);
    },
  });
}
