import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import type { CandidatePage, CandidateRow, CandidateSort, SortDirection } from "../../../lib/types";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";

export const PAGE_SIZE = 100;

/**
 * The rows of a virtualized list: only the pages covering the visible range are fetched, so a
 * list of 100,000 candidates costs a few hundred rows of memory.
 */
export function useCandidateWindow(filter: string, sort: CandidateSort, direction: SortDirection, first: number, last: number) {
  const firstPage = Math.floor(Math.max(0, first) / PAGE_SIZE);
  const lastPage = Math.floor(Math.max(0, last) / PAGE_SIZE);
  const pages: number[] = [];
  for (let p = firstPage; p <= lastPage; p++) pages.push(p);
  if (!pages.includes(0)) pages.unshift(0);
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: keys.candidatePage(filter, sort, direction, page),
      queryFn: () =>
        unwrap(commands.listCandidates({ filter, sort, direction, offset: page * PAGE_SIZE, limit: PAGE_SIZE })),
      placeholderData: keepPreviousData,
      staleTime: 5_000,
    })),
  });
  const rows = new Map<number, CandidateRow>();
  let total: number | undefined;
  let error: unknown = null;
  results.forEach((result, i) => {
    const data: CandidatePage | undefined = result.data;
    if (result.error) error = result.error;
    if (!data) return;
    if (pages[i] === 0) total = data.total;
    data.rows.forEach((row, j) => rows.set(data.offset + j, row));
  });
  // Rows from the previous filter stay on screen while the new ones load; they must not be opened.
  const stale = results.some((r) => r.isPlaceholderData);
  return { rows, total, error, stale, loading: results.some((r) => r.isPending) };
}

export function useCandidate(id: string | undefined) {
  return useQuery({
    queryKey: keys.candidate(id ?? ""),
    queryFn: () => unwrap(commands.getCandidate(id ?? "")),
    enabled: Boolean(id),
  });
}
