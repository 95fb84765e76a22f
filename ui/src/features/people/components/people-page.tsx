import { useState } from "react";

import { useDeletePerson, usePeople } from "../../../api/use-people";
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
  // Removing asks once more on the same button: history keeps the name, but the entry goes.
  const [confirming, setConfirming] = useState<string | null>(null);
  const [availability, setAvailability] = useState<Person | null>(null);
  const items = people.data ?? [];
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
                <button
                  type="button"
                  className="button button-small button-danger"
                  onBlur={() => setConfirming(null)}
                  onClick={() => {
                    if (confirming !== p.id) {
                      setConfirming(p.id);
                      return;
                    }
                    setConfirming(null);
                    remove.mutate(p.id, { onSuccess: () => toast.show(`Removed ${p.name} from the directory.`), onError: toast.error });
                  }}
                >
                  {confirming === p.id ? `Remove ${p.name}?` : "Remove"}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {availability && <AvailabilityDialog person={availability} onClose={() => setAvailability(null)} />}
    </section>
  );
}
