// The messages sent to a candidate, with their follow-up dates and the responses recorded. A
// response recorded by mistake can be changed (the store keeps the latest).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { useToast } from "../../../components/toast";
import { formatDate } from "../../../lib/format";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { OutreachResponse } from "../../../lib/types";

export const RESPONSES: { value: OutreachResponse; label: string }[] = [
  { value: "replied", label: "Replied" },
  { value: "interested", label: "Interested" },
  { value: "not_now", label: "Not now" },
  { value: "no", label: "No" },
];

export function OutreachList({ candidateId }: { candidateId: string }) {
  const client = useQueryClient();
  const toast = useToast();
  const [changing, setChanging] = useState<string | null>(null);
  const list = useQuery({ queryKey: keys.outreach(candidateId), queryFn: () => unwrap(commands.outreachForCandidate(candidateId)) });
  const respond = useMutation({
    mutationFn: ({ id, response }: { id: string; response: OutreachResponse }) => unwrap(commands.setOutreachResponse(id, response)),
    onSuccess: () => {
      setChanging(null);
      void client.invalidateQueries({ queryKey: keys.outreach(candidateId) });
      void client.invalidateQueries({ queryKey: keys.myWeek });
    },
    onError: toast.error,
  });
  if (!list.data?.length) return null;
  return (
    <section aria-labelledby="outreach-title">
      <h3 id="outreach-title">Outreach</h3>
      <ul className="list outreach-list">
        {list.data.map((o) => (
          <li key={o.id} className="outreach-row" data-outreach={o.subject}>
            <div>
              <strong>{o.subject || "Message"}</strong>{" "}
              <span className="muted">
                {o.channel} · {formatDate(o.sent_on)}
                {o.role_title ? ` · ${o.role_title}` : ""} · {o.actor}
              </span>
            </div>
            {o.response && changing !== o.id ? (
              <div>
                Response: {RESPONSES.find((r) => r.value === o.response)?.label}{" "}
                <button type="button" className="button button-small button-ghost" onClick={() => setChanging(o.id)}>
                  Change response…
                </button>
              </div>
            ) : (
              <div className="outreach-pending">
                {o.follow_up_on && <span className="follow-up">Follow up on {formatDate(o.follow_up_on)}</span>}
                {RESPONSES.map((r) => (
                  <button key={r.value} type="button" className="button button-small" onClick={() => respond.mutate({ id: o.id, response: r.value })}>
                    {r.label}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
