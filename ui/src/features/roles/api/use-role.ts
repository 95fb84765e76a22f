import { useQuery } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";

export function useRole(id: string) {
  return useQuery({ queryKey: keys.role(id), queryFn: () => unwrap(commands.getRole(id)) });
}
