// Invites and the candidate's message: save an interview's .ics for the panel or the candidate,
// and copy (or open in the mail client) a message with the times in the candidate's zone.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { unwrap } from "../../../lib/ipc";
import type { Interview, InviteAudience } from "../../../lib/types";

export function InviteButtons({ interview }: { interview: Interview }) {
  const toast = useToast();
  const save = useMutation({
    mutationFn: (audience: InviteAudience) => unwrap(commands.exportInvite(interview.id, audience)),
    onSuccess: (path) => toast.show(`Saved ${path}`),
    onError: toast.error,
  });
  const cancelled = interview.status === "cancelled";
  return (
    <span className="invite-buttons">
      <button type="button" className="button button-small" disabled={save.isPending} onClick={() => save.mutate("panel")}>
        {cancelled ? "Cancellation (panel)" : "Invite (panel)"}
      </button>
      <button type="button" className="button button-small" disabled={save.isPending} onClick={() => save.mutate("candidate")}>
        {cancelled ? "Cancellation (candidate)" : "Invite (candidate)"}
      </button>
    </span>
  );
}

export function MessagePanel({ applicationId, interviewIds }: { applicationId: string; interviewIds: string[] }) {
  const toast = useToast();
  const message = useQuery({
    queryKey: ["candidate-message", applicationId, interviewIds],
    queryFn: () => unwrap(commands.candidateMessage(applicationId, interviewIds)),
  });
  const [edited, setEdited] = useState<string | null>(null);
  const mail = useMutation({
    mutationFn: (body: string) => (message.data ? unwrap(commands.openMail({ ...message.data, body })) : Promise.resolve(null)),
  });
  if (message.isError) return <FormError error={message.error} />;
  if (!message.data) return null;
  const body = edited ?? message.data.body;
  return (
    <section className="message-panel" aria-labelledby="message-title">
      <h3 id="message-title">Message for the candidate</h3>
      <p className="muted">
        To {message.data.to || "(no email on file)"} · Subject: {message.data.subject}
      </p>
      <textarea name="candidate_message" rows={10} value={body} onChange={(e) => setEdited(e.target.value)} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            navigator.clipboard.writeText(`Subject: ${message.data.subject}\n\n${body}`).then(
              () => toast.show("Message copied: paste it into your mail."),
              (e: unknown) => toast.error(e),
            )
          }
        >
          Copy message
        </button>
        <button type="button" className="button" disabled={mail.isPending} onClick={() => mail.mutate(body)}>
          Open in mail
        </button>
      </div>
      <FormError error={mail.error} />
    </section>
  );
}
