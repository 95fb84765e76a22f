import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands } from "../bindings";
import { unwrap } from "../lib/ipc";

/** Fills the database with the deterministic demo dataset (once). */
export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(commands.loadDemoData()),
    onSuccess: () => client.invalidateQueries(),
  });
}
