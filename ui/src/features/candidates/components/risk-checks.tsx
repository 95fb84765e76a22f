// Profile risk checks: questions for the screen with the evidence, dismissible with a note.
// They never reject anyone.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { useToast } from "../../../components/toast";
import { useUserZone } from "../../../lib/clock";
import { formatDateTime } from "../../../lib/format";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { RiskView } from "../../../lib/types";

export function RiskChecks({ candidateId }: { candidateId: string }) {
  const risks = useQuery({ queryKey: keys.risks(candidateId), queryFn: () => unwrap(commands.riskFlags(candidateId)) });
  if (!risks.data?.length) return null;
  const open = risks.data.filter((r) => !r.dismissed);
  return (
    <section aria-labelledby="risks-title" className="risks">
      <h3 id="risks-title">
        Risk checks <span className="muted">({open.length} to ask about)</span>
      </h3>
      <p className="muted">Questions for the screen, never reasons to reject on their own.</p>
      <ul className="list">
        {risks.data.map((r) => (
          <Risk key={r.flag.key} candidateId={candidateId} risk={r} />
        ))}
      </ul>
    </section>
  );
}

function Risk({ candidateId, risk }: { candidateId: string; risk: RiskView }) {
  const client = useQueryClient();
  const toast = useToast();
  const [note, setNote] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: keys.risks(candidateId) });
  const zone = useUserZone();
  const { flag, dismissed } = risk;
  return (
    <li className={dismissed ? "risk risk-dismissed" : "risk"} data-risk={flag.kind}>
      <strong>{flag.title}</strong>
      <span>{flag.detail}</span>
      {dismissed ? (
        <span className="muted">
          Dismissed by {dismissed.actor}, {formatDateTime(dismissed.at, zone)}: “{dismissed.note}”{" "}
          <button
            type="button"
            className="button button-small"
            onClick={() => unwrap(commands.restoreRisk(candidateId, flag.key)).then(refresh, toast.error)}
          >
            Show again
          </button>
        </span>
      ) : (
        <>
          <span className="muted">Ask: {flag.ask}</span>
          {note === null ? (
            <button type="button" className="button button-small" onClick={() => setNote("")}>
              Dismiss…
            </button>
          ) : (
            <form
              className="inline-setting"
              onSubmit={(e) => {
                e.preventDefault();
                unwrap(commands.dismissRisk(candidateId, flag.key, note)).then(() => {
                  setNote(null);
                  void refresh();
                }, toast.error);
              }}
            >
              <label htmlFor={`dismiss-${flag.key}`}>Why</label>
              <input id={`dismiss-${flag.key}`} autoFocus value={note} placeholder="e.g. the gap was parental leave" onChange={(e) => setNote(e.target.value)} />
              <button type="submit" className="button button-small button-primary" disabled={!note.trim()}>
                Dismiss
              </button>
              <button type="button" className="button button-small" onClick={() => setNote(null)}>
                Cancel
              </button>
            </form>
          )}
        </>
      )}
    </li>
  );
}
