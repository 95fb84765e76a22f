// Every group of records that are probably one person, across the whole database, with the
// reasons; compare any two and merge.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { navigate } from "../../../app/router";
import { commands } from "../../../bindings";
import { EmptyState } from "../../../components/empty-state";
import { formatCount, formatDayOf } from "../../../lib/format";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import { MergeDialog } from "./merge-dialog";

export function DuplicatesPage() {
  const clusters = useQuery({ queryKey: keys.duplicateClusters, queryFn: () => unwrap(commands.duplicateClusters()) });
  const [pair, setPair] = useState<[string, string] | null>(null);
  return (
    <section className="page" aria-labelledby="dupes-title">
      <header className="page-header">
        <div>
          <h1 id="dupes-title">Likely duplicates</h1>
          <p className="muted">
            Same email, phone, GitHub or LinkedIn account; or a close name (nicknames and accents folded) with a shared company, city or
            link. Merging can be undone.
          </p>
        </div>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => navigate({ page: "candidates" })}>
            Back to candidates
          </button>
        </div>
      </header>
      {clusters.isPending && <p className="muted" role="status">Scanning every record…</p>}
      {clusters.isError && (
        <p className="banner banner-error" role="alert">
          {clusters.error.message}
        </p>
      )}
      {clusters.data?.length === 0 && (
        <EmptyState title="No likely duplicates">
          <p>Every record looks like a different person.</p>
        </EmptyState>
      )}
      {clusters.data && clusters.data.length > 0 && (
        <p className="muted" role="status">
          {formatCount(clusters.data.length)} groups, surest first
        </p>
      )}
      <ul className="clusters" aria-label="Duplicate groups">
        {clusters.data?.slice(0, 300).map((c) => (
          <li key={c.members.map((m) => m.id).join()} className="cluster" data-cluster={c.members.map((m) => m.full_name).join(" / ")}>
            <div className="page-header">
              <div>
                {c.members.map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && " · "}
                    <a href={`#/candidates/${m.id}`}>
                      <strong>{m.full_name}</strong>
                    </a>{" "}
                    <span className="muted">
                      ({m.emails[0] ?? "no email"}, added {formatDayOf(m.created_at)})
                    </span>
                  </span>
                ))}
                <p className="muted">
                  {Math.round((c.confidence ?? 0) * 100)}% · {c.reasons.join("; ")}
                </p>
              </div>
              <button
                type="button"
                className="button"
                onClick={() => {
                  const [first, second] = c.members;
                  if (first && second) setPair([first.id, second.id]);
                }}
              >
                Compare &amp; merge
              </button>
            </div>
          </li>
        ))}
      </ul>
      {pair && <MergeDialog aId={pair[0]} bId={pair[1]} onClose={() => setPair(null)} />}
    </section>
  );
}
