// An application's interviews: when (in this computer's zone), who, and where each interviewer's
// feedback stands; cancel with undo.
import { useInterviews, useSetInterviewCancelled } from "../../../api/use-interviews";
import { useToast } from "../../../components/toast";
import { formatInZone, fromNow, localZone } from "../../../lib/format";
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
  const zone = localZone();
  const end = new Date(i.ends_at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return (
    <li className={cancelled ? "interview interview-cancelled" : "interview"} data-interview={i.step_name}>
      <div className="interview-head">
        <strong>{i.step_name}</strong>
        <span>
          {formatInZone(i.starts_at, zone)}–{end}
        </span>
        {candidateZone && candidateZone !== zone ? (
          <span className="muted">({formatInZone(i.starts_at, candidateZone, true)} for the candidate)</span>
        ) : (
          i.time_zone !== zone && <span className="muted">({formatInZone(i.starts_at, i.time_zone, true)} where arranged)</span>
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
