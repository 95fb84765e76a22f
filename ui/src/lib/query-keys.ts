// Query keys in one place so every mutation invalidates exactly what it changes.
export const keys = {
  roles: ["roles"] as const,
  role: (id: string) => ["roles", id] as const,
  /** Under the role's key, so everything that refreshes a role refreshes its board. */
  board: (id: string) => ["roles", id, "board"] as const,
  stalled: ["stalled"] as const,
  myWeek: ["my-week"] as const,
  offer: (applicationId: string) => ["offers", applicationId] as const,
  outreach: (candidateId: string) => ["outreach", candidateId] as const,
  candidates: ["candidates"] as const,
  candidatePage: (filter: string, sort: string, direction: string, page: number) =>
    ["candidates", "page", filter, sort, direction, page] as const,
  candidate: (id: string) => ["candidates", "detail", id] as const,
  /** Short searches (pickers, palette): never shares a cache entry with a list page. */
  candidateSearch: (filter: string, limit: number) => ["candidates", "search", filter, limit] as const,
  settings: ["settings"] as const,
  people: ["people"] as const,
  scorecards: (applicationId: string) => ["scorecards", applicationId] as const,
  startup: ["startup"] as const,
  interviews: (applicationId: string) => ["interviews", applicationId] as const,
  /** Every interview list, for invalidating after a scorecard or an interview changes. */
  allInterviews: ["interviews"] as const,
  needsFeedback: ["needs-feedback"] as const,
  profile: (candidateId: string) => ["candidates", "profile", candidateId] as const,
  resumes: (candidateId: string) => ["candidates", "resumes", candidateId] as const,
  duplicatesOf: (candidateId: string) => ["candidates", "duplicates", candidateId] as const,
  duplicateClusters: ["candidates", "duplicate-clusters"] as const,
  search: (query: string, filters: unknown, offset: number) => ["candidates", "search-full", query, filters, offset] as const,
  savedSearches: ["saved-searches"] as const,
  risks: (candidateId: string) => ["candidates", "risks", candidateId] as const,
};
