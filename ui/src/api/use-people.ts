import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands } from "../bindings";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";
import type { PersonInput } from "../lib/types";

/** The people directory (pickers, the People page, Settings). */
export function usePeople() {
  return useQuery({ queryKey: keys.people, queryFn: () => unwrap(commands.listPeople()) });
}

/** Creates (no id) or updates a person; "me" may change name, so settings refresh too. */
export function useSavePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: PersonInput }) =>
      unwrap(id ? commands.updatePerson(id, input) : commands.createPerson(input)),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: keys.people }), client.invalidateQueries({ queryKey: keys.settings })]),
  });
}

export function useDeletePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(commands.deletePerson(id)),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: keys.people }), client.invalidateQueries({ queryKey: keys.settings })]),
  });
}
