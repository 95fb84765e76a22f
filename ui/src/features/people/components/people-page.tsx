import { useState } from "react";

import { useDeletePerson, usePeople } from "../../../api/use-people";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { EmptyState } from "../../../components/empty-state";
import { useToast } from "../../../components/toast";
import { openDialog } from "../../../lib/ui-store";
import type { Person } from "../../../lib/types";
import { AvailabilityDialog } from "./availability-dialog";
import { PLAYS } from "./person-form";

export function PeoplePage() {
  const people = usePeople();
  const remove = useDeletePerson();
  const toast = useToast();
  // Removing asks first, in a dialog: history keeps the name, but the entry goes.
  const [confirming, setConfirming] = useState<string | null>(null);
  const [availability, setAvailability] = useState<Person | null>(null);
  const items = people.data ?? [];
  const removing = items.find((p) => p.id === confirming) ?? null;
  return (
    <section className="page" aria-labelledby="people-title">
      <header className="page-header">
        <h1 id="people-title">People</h1>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => openDialog({ kind: "new-person" })}>
            New person <kbd>N</kbd>
          </button>
        </div>
      </header>
      {people.isError && (
        <p className="banner banner-error" role="alert">
          {people.error.message}
        </p>
      )}
      {people.isSuccess && items.length === 0 ? (
        <EmptyState
          title="No one in the directory yet"
          actions={
            <button type="button" className="button button-primary" onClick={() => openDialog({ kind: "new-person" })}>
              Add a person
            </button>
          }
        >
          <p>Add the recruiters, hiring managers and interviewers you hire with, then choose yourself in Settings.</p>
        </EmptyState>
      ) : (
        <ul className="list people" aria-label="People">
          {items.map((p) => (
            <li key={p.id} className="list-row person-row">
              <span className="col-title">
                <strong>{p.name}</strong>
                <span className="muted">{p.email}</span>
              </span>
              <span>{p.time_zone || <span className="muted">No time zone</span>}</span>
              <span className="tags">
                {p.plays.map((role) => (
                  <span key={role} className="tag">
                    {PLAYS.find((x) => x.plays === role)?.label}
                  </span>
                ))}
              </span>
              <span className="page-actions">
                <button type="button" className="button button-small" onClick={() => openDialog({ kind: "edit-person", id: p.id })}>
                  Edit
                </button>
                <button type="button" className="button button-small" onClick={() => setAvailability(p)}>
                  Availability
                </button>
                <button type="button" className="button button-small button-danger" data-person-remove onClick={() => setConfirming(p.id)}>
                  Remove…
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {availability && <AvailabilityDialog person={availability} onClose={() => setAvailability(null)} />}
      {removing && (
        // A question in a dialog that starts on "Keep", not the same button turning into "Remove
        // X?": a double click used to remove the person (issue 12.5).
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove from the directory"
          cancelLabel="Keep"
          danger
          pending={remove.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                setConfirming(null);
                toast.show(`Removed ${removing.name} from the directory.`);
              },
              onError: toast.error,
            })
          }
        >
          <p>
            {removing.name} leaves the people directory and can no longer be put on a panel or chosen as “me”. The history they wrote keeps their
            name.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
