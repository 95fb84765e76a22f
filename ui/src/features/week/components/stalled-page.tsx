// Stalled: every card past its stage's time limit (SLA) across the roles that are not closed,
// longest overdue first. A stall is the first thing to fix: a candidate waiting is a candidate lost.
import { EmptyState } from "../../../components/empty-state";
import { StageBadge } from "../../../components/stage-badge";
import { appNow, useUserZone } from "../../../lib/clock";
import { daysLabel, fromNow } from "../../../lib/format";
import type { StalledCard } from "../../../lib/types";
import { useStalled } from "../../roles/api/use-board";

export function StalledPage() {
  const stalled = useStalled();
  return (
    <section className="page" aria-labelledby="stalled-title">
      <header className="page-header">
        <div>
          <h1 id="stalled-title">Stalled</h1>
          <p className="muted">Candidates past their stage's time limit in every open role. Limits are set per role on its Interview plan tab.</p>
        </div>
      </header>
      {stalled.isError && (
        <p className="banner banner-error" role="alert">
          {stalled.error.message}
        </p>
      )}
      {stalled.isSuccess && stalled.data.length === 0 ? (
        <EmptyState title="Nothing is stalled">
          <p>Every candidate is inside their stage's time limit.</p>
        </EmptyState>
      ) : (
        <StalledList rows={stalled.data ?? []} showRole />
      )}
    </section>
  );
}

export function StalledList({ rows, showRole = true }: { rows: StalledCard[]; showRole?: boolean }) {
  const zone = useUserZone();
  const now = appNow();
  return (
    <ul className="list stalled-list" aria-label="Stalled candidates">
      {rows.map(({ card, role_id, role_title }) => (
        <li key={card.application_id} className="agenda-row" data-candidate={card.name}>
          <span className="agenda-what">
            <a href={`#/candidates/${card.candidate_id}`}>
              <strong>{card.name}</strong>
            </a>
            {showRole && (
              <span className="muted">
                {" "}
                · <a href={`#/roles/${role_id}`}>{role_title}</a>
              </span>
            )}
          </span>
          <StageBadge stage={card.stage} />
          <span className="fact-stalled">
            ⚠ {daysLabel(card.stage_entered_at, now, zone)} in stage{card.sla_due_at ? `, limit passed ${fromNow(card.sla_due_at, now)}` : ", challenge late"}
          </span>
        </li>
      ))}
    </ul>
  );
}
