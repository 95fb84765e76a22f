import type { QueryClient } from "@tanstack/react-query";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands } from "../bindings";
import type { ApplicationView, MoveStage } from "../lib/types";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";

/** Refreshes what a stage move changes: the role board, the roles list, candidate list and page. */
export function refreshAfterMove(client: QueryClient, view: ApplicationView): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: keys.role(view.application.role_id) }),
    client.invalidateQueries({ queryKey: keys.roles }),
    client.invalidateQueries({ queryKey: keys.candidates }),
    client.invalidateQueries({ queryKey: keys.stalled }),
    client.invalidateQueries({ queryKey: keys.myWeek }),
  ]);
}

/** Moves an application and refreshes the screens that show it. */
export function useMoveStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MoveStage) => unwrap(commands.moveStage(input)),
    onSuccess: (view) => refreshAfterMove(client, view),
  });
}
