// Boolean search over everyone: names, emails, skills, resume text and notes, with filters,
// highlighted passages, saved searches, and mistakes pointed at where they are.
import { useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";

import { StageBadge } from "../../../components/stage-badge";

import { rolesForPicker, useRoleOptions } from "../../../api/use-role-options";
import { EmptyState } from "../../../components/empty-state";
import { useToast } from "../../../components/toast";
import { commands } from "../../../bindings";
import { CommandError, fieldErrors, unwrap } from "../../../lib/ipc";
import { formatCount, stageLabel, STAGES } from "../../../lib/format";
import type { SearchFilters, Stage } from "../../../lib/types";
import { restoreSavedSearch, SEARCH_PAGE, useDeleteSavedSearch, useSavedSearches, useSaveSearch, useSearch } from "../api/use-search";

const NO_FILTERS: SearchFilters = { role_id: null, stage: null, tags: [], source: null, location: null, skills: [], min_years: null, max_years: null };

function list(s: string): string[] {
  return s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
}

/** "…built ⟦Kafka⟧ consumers…" with the matches marked. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(⟦[^⟧]*⟧)/g);
  return (
    <p className="snippet">
      {parts.map((p, i) => (p.startsWith("⟦") ? <mark key={i}>{p.slice(1, -1)}</mark> : <span key={i}>{p}</span>))}
    </p>
  );
}

export function SearchPage() {
  const roles = useRoleOptions();
  const saved = useSavedSearches();
  const save = useSaveSearch();
  const remove = useDeleteSavedSearch();
  const toast = useToast();
  const client = useQueryClient();
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [tags, setTags] = useState("");
  const [skills, setSkills] = useState("");
  const [naming, setNaming] = useState<string | null>(null);
  const effective: SearchFilters = { ...filters, tags: list(tags), skills: list(skills) };
  const deferredQuery = useDeferredValue(query);
  const deferredFilters = useDeferredValue(effective);
  // The page belongs to one search: a new query or filter starts again from the best match.
  const searchKey = JSON.stringify([deferredQuery, deferredFilters]);
  const [paging, setPaging] = useState({ key: searchKey, offset: 0 });
  const offset = paging.key === searchKey ? paging.offset : 0;
  const goTo = (next: number) => setPaging({ key: searchKey, offset: Math.max(0, next) });
  const results = useSearch(deferredQuery, deferredFilters, offset);
  const queryError = results.error instanceof CommandError ? fieldErrors(results.error, "query")[0] : undefined;
  const position = queryError ? Number(/at character (\d+)/.exec(queryError)?.[1] ?? 0) : 0;
  const set = (patch: Partial<SearchFilters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <div className="search-layout">
      <section className="page" aria-labelledby="search-title">
        <header className="page-header">
          <h1 id="search-title">Search</h1>
          <div className="page-actions">
            <button
              type="button"
              className="button"
              disabled={Boolean(queryError) || !results.data?.total}
              onClick={() => unwrap(commands.exportSearchCsv(query, effective)).then((path) => toast.show(`Saved the results as ${path}`), toast.error)}
            >
              Export CSV
            </button>
            {naming === null ? (
              <button type="button" className="button" disabled={!query.trim() || Boolean(queryError)} onClick={() => setNaming("")}>
                Save search
              </button>
            ) : (
              <form
                className="inline-setting"
                onSubmit={(e) => {
                  e.preventDefault();
                  save.mutate(
                    { name: naming, query, filters: effective },
                    { onSuccess: (s) => (toast.show(`Saved “${s.name}”.`), setNaming(null)), onError: toast.error },
                  );
                }}
              >
                <label htmlFor="saved-name">Name</label>
                <input id="saved-name" autoFocus value={naming} onChange={(e) => setNaming(e.target.value)} />
                <button type="submit" className="button button-primary">
                  Save
                </button>
                <button type="button" className="button" onClick={() => setNaming(null)}>
                  Cancel
                </button>
              </form>
            )}
          </div>
        </header>
        <label htmlFor="search-query" className="visually-hidden">
          Search query
        </label>
        <input
          id="search-query"
          data-search
          className="search-query"
          autoFocus
          placeholder='e.g. (go OR rust) AND "event sourcing" NOT php   ·   kube*'
          value={query}
          aria-invalid={Boolean(queryError)}
          aria-describedby="search-help"
          onChange={(e) => setQuery(e.target.value)}
        />
        {queryError ? (
          <div className="query-error" role="alert">
            <pre aria-hidden>
              {query}
              {"\n"}
              {" ".repeat(Math.max(0, position - 1))}^
            </pre>
            <p>{queryError}</p>
          </div>
        ) : (
          <p id="search-help" className="muted">
            AND, OR, NOT, "exact phrases", prefix* and (parentheses); words side by side must all match. Searches names, emails, skills,
            tags, resume text and notes.
          </p>
        )}
        <div className="search-filters">
          <select aria-label="Role" value={filters.role_id ?? ""} onChange={(e) => set({ role_id: e.target.value || null })}>
            <option value="">Any role</option>
            {rolesForPicker(roles.data, { includeClosed: true }).map((r) => (
              <option key={r.role.id} value={r.role.id}>
                {r.role.title}
              </option>
            ))}
          </select>
          <select aria-label="Stage" value={filters.stage ?? ""} onChange={(e) => set({ stage: (e.target.value || null) as Stage | null })}>
            <option value="">Any stage</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
          <input aria-label="Location" placeholder="Location" value={filters.location ?? ""} onChange={(e) => set({ location: e.target.value || null })} />
          <input aria-label="Skills" placeholder="Skills (all of)" value={skills} onChange={(e) => setSkills(e.target.value)} />
          <input aria-label="Tags" placeholder="Tags" value={tags} onChange={(e) => setTags(e.target.value)} />
          <input aria-label="Source" placeholder="Source" value={filters.source ?? ""} onChange={(e) => set({ source: e.target.value || null })} />
          <input
            aria-label="Minimum years"
            type="number"
            min={0}
            placeholder="Min years"
            value={filters.min_years ?? ""}
            onChange={(e) => set({ min_years: Number.isFinite(e.target.valueAsNumber) ? e.target.valueAsNumber : null })}
          />
        </div>
        {results.data && !queryError && (
          <p className="muted" role="status" data-search-total>
            {formatCount(results.data.total)} {results.data.total === 1 ? "candidate" : "candidates"}
            {results.data.total > results.data.hits.length && results.data.hits.length > 0
              ? ` · showing ${formatCount(results.data.offset + 1)}–${formatCount(results.data.offset + results.data.hits.length)}, best first`
              : ""}
          </p>
        )}
        {results.data?.total === 0 && !queryError && (
          <EmptyState title="No one matches">
            <p>Loosen a filter, use OR between alternatives, or a prefix like kube* to catch spellings.</p>
          </EmptyState>
        )}
        <ol className="search-results" aria-label="Search results">
          {results.data?.hits.map((h) => (
            <li key={h.candidate_id} className="search-hit" data-hit={h.full_name}>
              <a href={`#/candidates/${h.candidate_id}`}>
                <strong>{h.full_name}</strong>
              </a>
              <span className="muted">
                {[h.headline, h.location, h.years_experience !== null ? `${h.years_experience} yrs` : ""].filter(Boolean).join(" · ")}
              </span>
              {h.applications.length > 0 && (
                <ul className="hit-roles" aria-label={`${h.full_name}'s roles`}>
                  {h.applications.map((a) => (
                    <li key={a.role_id}>
                      <a href={`#/roles/${a.role_id}`}>{a.role_title}</a> <StageBadge stage={a.stage} />
                    </li>
                  ))}
                </ul>
              )}
              {h.snippet && <Snippet text={h.snippet} />}
            </li>
          ))}
        </ol>
        {results.data && results.data.total > SEARCH_PAGE && !queryError && (
          <nav className="pager" aria-label="Result pages">
            <button type="button" className="button" disabled={offset === 0} onClick={() => goTo(offset - SEARCH_PAGE)}>
              ← Previous {SEARCH_PAGE}
            </button>
            <span className="muted">
              Page {Math.floor(offset / SEARCH_PAGE) + 1} of {Math.ceil(results.data.total / SEARCH_PAGE)}
            </span>
            <button type="button" className="button" disabled={offset + SEARCH_PAGE >= results.data.total} onClick={() => goTo(offset + SEARCH_PAGE)}>
              Next {SEARCH_PAGE} →
            </button>
          </nav>
        )}
      </section>
      <aside className="saved-searches" aria-labelledby="saved-title">
        <h2 id="saved-title">Saved searches</h2>
        {saved.data?.length === 0 && <p className="muted">Save a search to run it again in one click.</p>}
        <ul className="list">
          {saved.data?.map((s) => (
            <li key={s.id} className="saved-row">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setQuery(s.query);
                  setFilters(s.filters);
                  setTags(s.filters.tags.join(", "));
                  setSkills(s.filters.skills.join(", "));
                }}
              >
                {s.name}
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete ${s.name}`}
                onClick={() =>
                  remove.mutate(s.id, {
                    onSuccess: () =>
                      toast.show(`Deleted the saved search “${s.name}”.`, {
                        label: "Undo",
                        run: () => void restoreSavedSearch(client, s).then(() => toast.show(`Restored the saved search “${s.name}”.`), toast.error),
                      }),
                    onError: toast.error,
                  })
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
