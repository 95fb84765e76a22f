// Renders whichever global dialog is open (creating and editing from anywhere: palette, N, E).
import { useQuery } from "@tanstack/react-query";

import { commands } from "../bindings";
import { usePeople } from "../api/use-people";
import { CandidateForm } from "../features/candidates/components/candidate-form";
import { ImportDialog } from "../features/imports/components/import-dialog";
import { PersonForm } from "../features/people/components/person-form";
import { RoleForm } from "../features/roles/components/role-form";
import { Dialog } from "../components/dialog";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";
import { closeDialog, useDialog } from "../lib/ui-store";
import { CommandPalette } from "./command-palette";
import { HelpOverlay } from "./help-overlay";

export function Dialogs() {
  const dialog = useDialog();
  switch (dialog.kind) {
    case "none":
      return null;
    case "new-role":
      return <RoleForm onClose={closeDialog} />;
    case "edit-role":
      return <EditRole id={dialog.id} />;
    case "new-candidate":
      return <CandidateForm roleId={dialog.roleId} onClose={closeDialog} />;
    case "edit-candidate":
      return <EditCandidate id={dialog.id} />;
    case "new-person":
      return <PersonForm onClose={closeDialog} />;
    case "edit-person":
      return <EditPerson id={dialog.id} />;
    case "import":
      return <ImportDialog key={(dialog.paths ?? []).join("|")} paths={dialog.paths} roleId={dialog.roleId} onClose={closeDialog} />;
    case "palette":
      return <CommandPalette onClose={closeDialog} />;
    case "help":
      return <HelpOverlay onClose={closeDialog} />;
  }
}

function EditRole({ id }: { id: string }) {
  const role = useQuery({ queryKey: keys.role(id), queryFn: () => unwrap(commands.getRole(id)) });
  if (role.error) return <LoadFailed what="role" error={role.error} />;
  return role.data ? <RoleForm role={role.data.role} onClose={closeDialog} /> : null;
}

function EditCandidate({ id }: { id: string }) {
  const detail = useQuery({ queryKey: keys.candidate(id), queryFn: () => unwrap(commands.getCandidate(id)) });
  if (detail.error) return <LoadFailed what="candidate" error={detail.error} />;
  return detail.data ? <CandidateForm candidate={detail.data.candidate} onClose={closeDialog} /> : null;
}

function EditPerson({ id }: { id: string }) {
  const people = usePeople();
  const person = people.data?.find((p) => p.id === id);
  if (people.error) return <LoadFailed what="person" error={people.error} />;
  if (people.data && !person) return <LoadFailed what="person" error={new Error("This person is no longer in the directory.")} />;
  return person ? <PersonForm person={person} onClose={closeDialog} /> : null;
}

/** An edit that cannot start says why, instead of silently doing nothing. */
function LoadFailed({ what, error }: { what: string; error: Error }) {
  return (
    <Dialog title={`This ${what} cannot be edited`} onClose={closeDialog}>
      <p className="banner banner-error" role="alert">
        {error.message}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={closeDialog}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
