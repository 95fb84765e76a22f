import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import type { ScreenChoice, Stage } from "../../../lib/types";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";

export function useBoard(roleId: string) {
  return useQuery({ queryKey: keys.board(roleId), queryFn: () => unwrap(commands.getBoard(roleId)) });
}

export function useStalled() {
  return useQuery({ queryKey: keys.stalled, queryFn: () => unwrap(commands.stalledCards()) });
}

export type BulkMove = { ids: string[]; to: Stage; reason: string | null };

/** Moves one or many cards in one transaction and refreshes every screen that shows them. */
export function useMoveCards(roleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (m: BulkMove) => unwrap(commands.moveStages(m.ids, m.to, m.reason)),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.role(roleId) }),
        client.invalidateQueries({ queryKey: keys.roles }),
        client.invalidateQueries({ queryKey: keys.candidates }),
        client.invalidateQueries({ queryKey: keys.stalled }),
    client.invalidateQueries({ queryKey: keys.myWeek }),
      ]),
  });
}

export function useSetScreenChoice(roleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { applicationId: string; choice: ScreenChoice | null }) =>
      unwrap(commands.setScreenChoice(input.applicationId, input.choice)),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.board(roleId) }),
        client.invalidateQueries({ queryKey: keys.stalled }),
      ]),
  });
}
