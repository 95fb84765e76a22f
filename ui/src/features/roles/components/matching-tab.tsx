// Applicants (or everyone with a profile) ranked against the role's intake; every score opens
// into its criteria with the evidence.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { EmptyState } from "../../../components/empty-state";
import { StageBadge } from "../../../components/stage-badge";
import { useToast } from "../../../components/toast";
import { unwrap } from "../../../lib/ipc";
import type { MatchStatus, RankedCandidate } from "../../../lib/types";

const STATUS: Record<MatchStatus, { icon: string; label: string }> = {
  met: { icon: "●", label: "met" },
  partly: { icon: "◐", label: "partly" },
  missing: { icon: "○", label: "missing" },
};

export function MatchingTab({ roleId }: { roleId: string }) {
  const [pool, setPool] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const toast = useToast();
  const ranked = useQuery({ queryKey: ["candidates", "rank", roleId, pool], queryFn: () => unwrap(commands.rankForRole(roleId, pool)) });
  return (
    <section className="matching" aria-label="Matching">
      <div className="jd-toolbar">
        <div className="segmented" role="group" aria-label="Who to rank">
          <button type="button" className={!pool ? "button button-small button-primary" : "button button-small"} aria-pressed={!pool} onClick={() => setPool(false)}>
            Applicants
          </button>
          <button type="button" className={pool ? "button button-small button-primary" : "button button-small"} aria-pressed={pool} onClick={() => setPool(true)}>
            Whole candidate pool
          </button>
        </div>
        <button
          type="button"
          className="button button-small"
          onClick={() => unwrap(commands.exportRankingCsv(roleId, pool)).then((path) => toast.show(`Saved the ranking as ${path}`), toast.error)}
        >
          Export CSV
        </button>
        <span className="muted">
          Scored only on the intake's must-haves, languages, level and environment against each person's experience. Names, photos, ages,
          gender and other protected attributes are never inputs. Trainable skills only add.
        </span>
      </div>
      {ranked.isError && (
        <p className="banner banner-error" role="alert">
          {ranked.error.message}
        </p>
      )}
      {ranked.data?.length === 0 && (
        <EmptyState title={pool ? "No one has a parsed profile yet" : "No applicants yet"}>
          <p>Import resumes to give candidates a profile to match against this role.</p>
        </EmptyState>
      )}
      <ol className="ranked" aria-label="Ranked candidates">
        {ranked.data?.map((c) => (
          <Ranked key={c.candidate_id} c={c} open={open === c.candidate_id} onToggle={() => setOpen(open === c.candidate_id ? null : c.candidate_id)} />
        ))}
      </ol>
    </section>
  );
}

function Ranked({ c, open, onToggle }: { c: RankedCandidate; open: boolean; onToggle: () => void }) {
  return (
    <li className="ranked-row" data-ranked={c.full_name}>
      <button type="button" className="ranked-head" aria-expanded={open} onClick={onToggle}>
        <span className="score" aria-label={`Score ${c.score} of 100`}>
          {c.score}
        </span>
        <span className="score-bar" aria-hidden>
          <span style={{ width: `${c.score}%` }} />
        </span>
        <strong>{c.full_name}</strong>
        <span className="muted">{c.has_profile ? c.headline : "No parsed profile: import a resume"}</span>
        {c.stage && <StageBadge stage={c.stage} />}
      </button>
      {open && (
        <table className="criteria">
          <tbody>
            {c.criteria.map((k, i) => (
              <tr key={i} className={`criterion criterion-${k.status}`} data-criterion={k.name}>
                <td className="criterion-status" title={STATUS[k.status].label}>
                  <span aria-hidden>{STATUS[k.status].icon}</span> {STATUS[k.status].label}
                </td>
                <th scope="row">
                  {k.name}
                  <span className="muted"> · {k.kind.replace("_", "-")}</span>
                </th>
                <td>{k.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <a className="button button-small" href={`#/candidates/${c.candidate_id}`}>
          Open candidate
        </a>
      )}
    </li>
  );
}
