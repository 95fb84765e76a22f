// An application's interviews: when (in the user's zone, from Settings), who, and where each interviewer's
// feedback stands; cancel with undo.
import { useInterviews, useSetInterviewCancelled } from "../../../api/use-interviews";
import { useToast } from "../../../components/toast";
import { useUserZone } from "../../../lib/clock";
import { formatInZone, fromNow, timeInZone } from "../../../lib/format";
import type { Interview, PanelSeat } from "../../../lib/types";
import { InviteButtons } from "./invite-actions";

function seatLabel(seat: PanelSeat): string {
  switch (seat.feedback) {
    case "submitted":
      return "submitted";
    case "overdue":
      return `overdue (due ${fromNow(seat.due_at)})`;
    case "due":
      return `${seat.draft_started ? "draft, " : ""}due ${fromNow(seat.due_at)}`;
    case "upcoming":
      return "upcoming";
  }
}

export function InterviewList({
  applicationId,
  candidateZone,
  onReschedule,
}: {
  applicationId: string;
  candidateZone: string;
  onReschedule: (i: Interview) => void;
}) {
  const interviews = useInterviews(applicationId);
  if (interviews.error) {
    return (
      <p className="banner banner-error" role="alert">
        {interviews.error.message}
      </p>
    );
  }
  if (!interviews.data?.length) return null;
  return (
    <ul className="interviews" aria-label="Interviews">
      {interviews.data.map((i) => (
        <InterviewItem key={i.id} interview={i} candidateZone={candidateZone} onReschedule={() => onReschedule(i)} />
      ))}
    </ul>
  );
}

function InterviewItem({ interview: i, candidateZone, onReschedule }: { interview: Interview; candidateZone: string; onReschedule: () => void }) {
  const toast = useToast();
  const setCancelled = useSetInterviewCancelled();
  const cancelled = i.status === "cancelled";
  const zone = useUserZone();
  // Another zone is shown beside it: name both, so nobody reads one as the other.
  const other = candidateZone && candidateZone !== zone ? candidateZone : i.time_zone !== zone ? i.time_zone : null;
  return (
    <li className={cancelled ? "interview interview-cancelled" : "interview"} data-interview={i.step_name}>
      <div className="interview-head">
        <strong>{i.step_name}</strong>
        <span>
          {formatInZone(i.starts_at, zone)}–{timeInZone(i.ends_at, zone, other !== null)}
        </span>
        {other && (
          <span className="muted">
            ({formatInZone(i.starts_at, other, true)} {other === candidateZone ? "for the candidate" : "where arranged"})
          </span>
        )}
        {cancelled && <span className="muted">Cancelled</span>}
        <InviteButtons interview={i} />
        {!cancelled && (
          <button type="button" className="button button-small button-ghost" onClick={onReschedule}>
            Reschedule…
          </button>
        )}
        <button
          type="button"
          className="button button-small button-ghost"
          disabled={setCancelled.isPending}
          onClick={() =>
            setCancelled.mutate(
              { id: i.id, cancelled: !cancelled },
              {
                onSuccess: () =>
                  toast.show(cancelled ? `Reinstated the ${i.step_name.toLowerCase()}.` : `Cancelled the ${i.step_name.toLowerCase()}.`, cancelled ? undefined : {
                    label: "Undo",
                    run: () => setCancelled.mutateAsync({ id: i.id, cancelled: false }).then(() => undefined, toast.error),
                  }),
                onError: toast.error,
              },
            )
          }
        >
          {cancelled ? "Reinstate" : "Cancel"}
        </button>
      </div>
      {!cancelled && (
        <div className="seats">
          {i.panel.map((seat) => (
            <span key={seat.person_id} className={`seat seat-${seat.feedback}`} data-seat={seat.name} title={`Due ${formatInZone(seat.due_at, seat.time_zone || i.time_zone, true)}`}>
              {seat.name}: {seatLabel(seat)}
            </span>
          ))}
        </div>
      )}
    </li>
  );
}
