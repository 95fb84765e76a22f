// The message for the candidate about their upcoming interviews for one application.
import { useState } from "react";

import { useInterviews } from "../../../api/use-interviews";
import { Dialog } from "../../../components/dialog";
import { appNow } from "../../../lib/clock";
import type { ApplicationView } from "../../../lib/types";
import { MessagePanel } from "./invite-actions";

export function MessageDialog({ view, onClose }: { view: ApplicationView; onClose: () => void }) {
  const interviews = useInterviews(view.application.id);
  const [openedAt] = useState(() => appNow());
  const upcoming = (interviews.data ?? []).filter((i) => i.status === "scheduled" && Date.parse(i.starts_at) > openedAt).map((i) => i.id);
  return (
    <Dialog title={`Message ${view.candidate_name}`} onClose={onClose} wide>
      {interviews.isSuccess && upcoming.length === 0 ? (
        <p className="muted">No upcoming interviews to tell {view.candidate_name} about. Schedule some first.</p>
      ) : (
        interviews.isSuccess && <MessagePanel applicationId={view.application.id} interviewIds={upcoming} />
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
