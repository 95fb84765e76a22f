import { useEffect, useRef, useState } from "react";

import { useSavePerson } from "../../../api/use-people";
import { Dialog } from "../../../components/dialog";
import { FormActions, FormError, TextField } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { userZone } from "../../../lib/clock";
import { fieldErrors } from "../../../lib/ipc";
import type { Person, PersonInput, Plays } from "../../../lib/types";

export const PLAYS: { plays: Plays; label: string }[] = [
  { plays: "recruiter", label: "Recruiter" },
  { plays: "hiring_manager", label: "Hiring manager" },
  { plays: "interviewer", label: "Interviewer" },
];

export function PersonForm({ person, onClose }: { person?: Person; onClose: () => void }) {
  const [input, setInput] = useState<PersonInput>(() =>
    person ? { name: person.name, email: person.email, time_zone: person.time_zone, plays: person.plays } : { name: "", email: "", time_zone: userZone(), plays: ["interviewer"] },
  );
  const save = useSavePerson();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (save.error) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [save.error]);
  const set = <K extends keyof PersonInput>(key: K, value: PersonInput[K]) => setInput((i) => ({ ...i, [key]: value }));
  const err = (field: string) => fieldErrors(save.error, field);
  const toggle = (plays: Plays, on: boolean) => set("plays", on ? [...input.plays, plays] : input.plays.filter((p) => p !== plays));

  return (
    <Dialog title={person ? `Edit ${person.name}` : "New person"} onClose={onClose}>
      <form
        ref={formRef}
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            { id: person?.id, input },
            {
              onSuccess: (saved) => {
                toast.show(person ? `Saved ${saved.name}.` : `Added ${saved.name} to the team.`);
                onClose();
              },
            },
          );
        }}
      >
        <FormError error={save.error} />
        <TextField label="Name" name="name" value={input.name} onChange={(v) => set("name", v)} errors={err("name")} autoFocus />
        <div className="form-row">
          <TextField label="Email" name="email" value={input.email} onChange={(v) => set("email", v)} errors={err("email")} placeholder="name@company.com" />
          <TextField label="Time zone" name="time_zone" value={input.time_zone} onChange={(v) => set("time_zone", v)} errors={err("time_zone")} placeholder="Europe/Berlin" />
        </div>
        <fieldset className="radio-group">
          <legend>Plays the part of</legend>
          {PLAYS.map((p) => (
            <label key={p.plays} className="checkbox">
              <input type="checkbox" name={`plays.${p.plays}`} checked={input.plays.includes(p.plays)} onChange={(e) => toggle(p.plays, e.target.checked)} />
              {p.label}
            </label>
          ))}
        </fieldset>
        <FormActions onCancel={onClose} submitLabel={person ? "Save person" : "Add person"} pending={save.isPending} />
      </form>
    </Dialog>
  );
}
