import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState } from "react";

import type { CandidateSort, SortDirection } from "../../../lib/types";
import { EmptyState } from "../../../components/empty-state";
import { LoadDemoButton } from "../../../components/load-demo-button";
import { StageBadge } from "../../../components/stage-badge";
import { navigate } from "../../../app/router";
import { appNow, useUserZone } from "../../../lib/clock";
import { formatCount, relativeTime } from "../../../lib/format";
import { commands } from "../../../bindings";
import { useToast } from "../../../components/toast";
import { describe, unwrap } from "../../../lib/ipc";
import { isTypingOrModal } from "../../../lib/keyboard";
import { openDialog } from "../../../lib/ui-store";
import { useCandidateWindow } from "../api/use-candidates";
import { CandidatePanel } from "./candidate-panel";

const ROW_HEIGHT = 44;

/** The direction a column sorts in when first chosen. */
const FIRST_DIRECTION: Record<CandidateSort, SortDirection> = { last_activity: "desc", name: "asc", created: "desc" };

export function CandidatesPage({ selectedId }: { selectedId?: string }) {
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<CandidateSort>("last_activity");
  const [direction, setDirection] = useState<SortDirection>("desc");
  const toast = useToast();
  const zone = useUserZone();
  const now = appNow();
  // The keyboard's row: the open candidate's row once the list shows it, else the first.
  const [active, setActive] = useState(selectedId ? -1 : 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({ first: 0, last: 40 });
  const { rows, total, error, stale } = useCandidateWindow(filter, sort, direction, range.first, range.last);

  // The virtualizer is meant to re-render on scroll; nothing here memoizes what it returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    setRange((r) => (r.first === firstIndex && r.last === lastIndex ? r : { first: firstIndex, last: lastIndex }));
  }, [firstIndex, lastIndex]);

  const toggleSort = (next: CandidateSort) => {
    if (next === sort) setDirection((d) => (d === "asc" ? "desc" : "asc"));
    else {
      setSort(next);
      setDirection(FIRST_DIRECTION[next]);
    }
    setActive(0);
    virtualizer.scrollToIndex(0);
  };

  // Whichever way a candidate opened (a click, a link from elsewhere, Back), the list marks that row.
  const [shown, setShown] = useState<string | undefined>(undefined);
  if (!selectedId && shown) setShown(undefined);
  if (selectedId && selectedId !== shown) {
    const index = [...rows].find(([, row]) => row.id === selectedId)?.[0];
    if (index !== undefined) {
      setShown(selectedId);
      setActive(index);
    }
  }

  const openRow = (index: number) => {
    if (stale) return;
    const row = rows.get(index);
    if (row) navigate({ page: "candidates", id: row.id });
  };

  const onListKey = (e: Pick<KeyboardEvent, "key" | "target" | "preventDefault">) => {
    const count = total ?? 0;
    if (!count || isTypingOrModal(e)) return;
    const step = e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : e.key === "PageDown" ? 10 : e.key === "PageUp" ? -10 : 0;
    if (step) {
      e.preventDefault();
      const next = Math.max(0, Math.min(count - 1, active + step));
      setActive(next);
      virtualizer.scrollToIndex(next, { align: "auto" });
    } else if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      const next = e.key === "Home" ? 0 : count - 1;
      setActive(next);
      virtualizer.scrollToIndex(next);
    } else if (e.key === "Enter") {
      e.preventDefault();
      openRow(active);
    }
  };

  // ↑/↓/Enter work as soon as the page is shown: when the list itself has focus, or nothing does
  // (the page's body), without first pressing "/" or clicking into the list.
  const listKey = useRef(onListKey);
  useEffect(() => {
    listKey.current = onListKey;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const onPage = e.target === document.body || e.target === document.documentElement || e.target === scrollRef.current;
      if (onPage) listKey.current(e);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const noneAtAll = total === 0 && filter.trim() === "";
  return (
    <div className={selectedId ? "split split-open" : "split"}>
      <section className="page page-list" aria-labelledby="candidates-title">
        <header className="page-header">
          <h1 id="candidates-title">
            Candidates {total !== undefined && <span className="muted count">{formatCount(total)}</span>}
          </h1>
          <div className="page-actions">
            <button type="button" className="button" onClick={() => navigate({ page: "duplicates" })}>
              Find duplicates
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                unwrap(commands.exportCandidatesCsv({ filter, sort, direction, offset: 0, limit: 500 })).then(
                  (path) => toast.show(`Saved the list as ${path}`),
                  toast.error,
                )
              }
            >
              Export CSV
            </button>
            <button type="button" className="button" onClick={() => openDialog({ kind: "import" })}>
              Import resumes <kbd>I</kbd>
            </button>
            <button type="button" className="button button-primary" onClick={() => openDialog({ kind: "new-candidate" })}>
              New candidate <kbd>N</kbd>
            </button>
          </div>
        </header>
        <div className="toolbar">
          <label className="visually-hidden" htmlFor="candidate-filter">
            Filter candidates
          </label>
          <input
            id="candidate-filter"
            data-search
            type="search"
            placeholder="Filter by name or email…  ( / )"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setActive(0);
              virtualizer.scrollToIndex(0);
            }}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown" || e.key === "Enter") {
                e.preventDefault();
                scrollRef.current?.focus();
                if (e.key === "Enter") openRow(active);
              }
            }}
          />
        </div>
        {error ? (
          <p className="banner banner-error" role="alert">
            The candidate list could not be loaded: {describe(error)}
          </p>
        ) : null}
        {noneAtAll ? (
          <EmptyState
            title="No candidates yet"
            actions={
              <>
                <button type="button" className="button button-primary" onClick={() => openDialog({ kind: "new-candidate" })}>
                  Add a candidate
                </button>
                <LoadDemoButton />
              </>
            }
          >
            <p>Add the people you are considering; each can join one or more role pipelines.</p>
          </EmptyState>
        ) : (
          <div className="table" role="grid" aria-label="Candidates" aria-rowcount={total ?? 0}>
            <div className="table-head" role="row">
              <SortHeader which="name" label="Name" sort={sort} direction={direction} onSort={toggleSort} />
              <span className="th th-stage" role="columnheader">Latest stage</span>
              <span className="th th-location" role="columnheader">Location</span>
              <span className="th th-source" role="columnheader">Source</span>
              <SortHeader which="last_activity" label="Last activity" sort={sort} direction={direction} onSort={toggleSort} />
              <SortHeader which="created" label="Added" sort={sort} direction={direction} onSort={toggleSort} />
            </div>
            {total === 0 && <p className="muted table-empty">No candidate matches “{filter}”. Try fewer letters, or an email.</p>}
            <div className="table-scroll" ref={scrollRef} tabIndex={0} aria-activedescendant={active >= 0 ? `cand-row-${active}` : undefined}>
              <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
                {items.map((item) => {
                  const row = rows.get(item.index);
                  const selected = row && row.id === selectedId;
                  return (
                    <div
                      key={item.key}
                      id={`cand-row-${item.index}`}
                      role="row"
                      aria-rowindex={item.index + 1}
                      aria-selected={Boolean(selected)}
                      className={`table-row${item.index === active ? " table-row-active" : ""}${selected ? " table-row-selected" : ""}`}
                      style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                      onClick={() => {
                        setActive(item.index);
                        openRow(item.index);
                      }}
                    >
                      {row ? (
                        <>
                          <span className="td td-name">
                            <strong>{row.full_name}</strong>
                            <span className="muted">{row.email ?? ""}</span>
                          </span>
                          <span className="td td-stage">
                            {row.latest_stage ? (
                              <>
                                <StageBadge stage={row.latest_stage} /> <span className="muted">{row.latest_role}</span>
                              </>
                            ) : (
                              <span className="muted">Not in a pipeline</span>
                            )}
                          </span>
                          <span className="td td-location">{row.location}</span>
                          <span className="td td-source">{row.source}</span>
                          <span className="td td-last_activity">{relativeTime(row.last_activity_at, now, zone)}</span>
                          <span className="td td-created">{relativeTime(row.created_at, now, zone)}</span>
                        </>
                      ) : (
                        <span className="td muted">…</span>
                      )}
                    </div>
                  );
                })}
              </div>
            </div>
          </div>
        )}
      </section>
      {selectedId && <CandidatePanel id={selectedId} onClose={() => navigate({ page: "candidates" })} />}
    </div>
  );
}

function SortHeader(props: {
  which: CandidateSort;
  label: string;
  sort: CandidateSort;
  direction: SortDirection;
  onSort: (which: CandidateSort) => void;
}) {
  const on = props.sort === props.which;
  return (
    <button
      type="button"
      role="columnheader"
      className={`th th-${props.which}`}
      aria-sort={on ? (props.direction === "asc" ? "ascending" : "descending") : "none"}
      onClick={() => props.onSort(props.which)}
    >
      {props.label} {on && <span aria-hidden>{props.direction === "asc" ? "▲" : "▼"}</span>}
    </button>
  );
}
