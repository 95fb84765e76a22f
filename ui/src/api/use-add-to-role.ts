import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands } from "../bindings";
import type { Stage } from "../lib/types";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";

export function useAddToRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { candidateId: string; roleId: string; stage: Stage | null }) =>
      unwrap(commands.addToRole(args.candidateId, args.roleId, args.stage)),
    onSuccess: async (view) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.roles }),
        client.invalidateQueries({ queryKey: keys.candidates }),
        client.invalidateQueries({ queryKey: keys.role(view.application.role_id) }),
      ]);
    },
  });
}
