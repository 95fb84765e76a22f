import type { QueryClient } from "@tanstack/react-query";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands } from "../../../bindings";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { SavedSearch, SearchFilters } from "../../../lib/types";

/** How many hits a page of search results shows. */
export const SEARCH_PAGE = 50;

/** One page of matches (from `offset`) and the total. */
export function useSearch(query: string, filters: SearchFilters, offset: number) {
  return useQuery({
    queryKey: keys.search(query, filters, offset),
    queryFn: () => unwrap(commands.searchCandidates(query, filters, offset, SEARCH_PAGE)),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useSavedSearches() {
  return useQuery({ queryKey: keys.savedSearches, queryFn: () => unwrap(commands.savedSearches()) });
}

export function useSaveSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, query, filters }: { name: string; query: string; filters: SearchFilters }) =>
      unwrap(commands.saveSearch(name, query, filters)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.savedSearches }),
  });
}

export function useDeleteSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(commands.deleteSavedSearch(id)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.savedSearches }),
  });
}

/** The undo of a delete, from its toast: saves the same search again (works after the page has gone). */
export async function restoreSavedSearch(client: QueryClient, search: SavedSearch): Promise<void> {
  await unwrap(commands.saveSearch(search.name, search.query, search.filters));
  await client.invalidateQueries({ queryKey: keys.savedSearches });
}
