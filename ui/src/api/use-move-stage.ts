import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands } from "../bindings";
import type { MoveStage } from "../lib/types";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";

/** Moves an application; refreshes the role board, the candidate page and the candidate list. */
export function useMoveStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MoveStage) => unwrap(commands.moveStage(input)),
    onSuccess: async (view) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.role(view.application.role_id) }),
        client.invalidateQueries({ queryKey: keys.roles }),
        client.invalidateQueries({ queryKey: keys.candidates }),
      ]);
    },
  });
}
