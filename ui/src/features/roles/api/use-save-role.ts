import type { QueryClient } from "@tanstack/react-query";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import type { Role, RoleInput } from "../../../lib/types";
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

/** What a role's status changes: the roles list (and every picker), its page, the stalled list. */
function refreshRole(client: QueryClient, role: Role): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: keys.roles }),
    client.invalidateQueries({ queryKey: keys.role(role.id) }),
    client.invalidateQueries({ queryKey: keys.stalled }),
  ]);
}

/** Closes or reopens a role. */
export function useSetRoleOpen() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, open }: { id: string; open: boolean }) => unwrap(open ? commands.reopenRole(id) : commands.closeRole(id)),
    onSuccess: (role) => refreshRole(client, role),
  });
}

/** The undo of a close, from its toast: works after the role's page has gone, so it needs no component. */
export async function reopenRole(client: QueryClient, id: string): Promise<Role> {
  const role = await unwrap(commands.reopenRole(id));
  await refreshRole(client, role);
  return role;
}
