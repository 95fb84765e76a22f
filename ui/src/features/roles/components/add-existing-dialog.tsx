import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { useAddToRole } from "../../../api/use-add-to-role";
import { Dialog } from "../../../components/dialog";
import { useToast } from "../../../components/toast";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";

/** Finds an existing candidate by name or email and adds them to this role's pipeline. */
export function AddExistingDialog({ roleId, roleTitle, onClose }: { roleId: string; roleTitle: string; onClose: () => void }) {
  const [filter, setFilter] = useState("");
  const results = useQuery({
    queryKey: keys.candidateSearch(filter, 20),
    queryFn: () => unwrap(commands.listCandidates({ filter, sort: "name", direction: "asc", offset: 0, limit: 20 })),
    placeholderData: (previous) => previous,
  });
  const add = useAddToRole();
  const toast = useToast();
  return (
    <Dialog title={`Add a candidate to ${roleTitle}`} onClose={onClose}>
      <label htmlFor="add-existing-filter">Find by name or email</label>
      <input id="add-existing-filter" data-no-draft value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Type a name…" />
      {add.error && (
        <p className="banner banner-error" role="alert">
          {add.error.message}
        </p>
      )}
      <ul className="picker" aria-label="Matching candidates">
        {results.data?.rows.map((row) => (
          <li key={row.id}>
            <button
              type="button"
              className="picker-item"
              disabled={add.isPending}
              onClick={() =>
                add.mutate(
                  { candidateId: row.id, roleId, stage: null },
                  {
                    onSuccess: () => {
                      toast.show(`Added ${row.full_name} to ${roleTitle}.`);
                      onClose();
                    },
                  },
                )
              }
            >
              <strong>{row.full_name}</strong>
              <span className="muted">{[row.email, row.location].filter(Boolean).join(" · ")}</span>
            </button>
          </li>
        ))}
        {results.data && results.data.rows.length === 0 && <li className="muted picker-empty">No candidate matches “{filter}”.</li>}
      </ul>
    </Dialog>
  );
}
