import { useQuery } from "@tanstack/react-query";

import { commands } from "../bindings";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";

/** Every role, for pickers and the command palette (the roles list query, shared by key). */
export function useRoleOptions() {
  return useQuery({ queryKey: keys.roles, queryFn: () => unwrap(commands.listRoles()) });
}
