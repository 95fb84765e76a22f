import { useQuery } from "@tanstack/react-query";

import { commands } from "../bindings";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";
import type { RoleStatus, RoleSummary } from "../lib/types";

/** Every role, for pickers and the command palette (the roles list query, shared by key). */
export function useRoleOptions() {
  return useQuery({ queryKey: keys.roles, queryFn: () => unwrap(commands.listRoles()) });
}

/** Open roles first (where candidates go), then drafts and roles on hold, closed ones last. */
const STATUS_ORDER: Record<RoleStatus, number> = { open: 0, draft: 1, on_hold: 1, closed: 2 };

const byTitle = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/**
 * Roles in the order every picker shows them: open roles first, then the others, each group by
 * title as people read it (case and accents aside). Closed roles are left out unless asked for.
 */
export function rolesForPicker(roles: RoleSummary[] | undefined, options: { includeClosed?: boolean } = {}): RoleSummary[] {
  return (roles ?? [])
    .filter((r) => options.includeClosed || r.role.status !== "closed")
    .sort((a, b) => STATUS_ORDER[a.role.status] - STATUS_ORDER[b.role.status] || byTitle.compare(a.role.title, b.role.title));
}
