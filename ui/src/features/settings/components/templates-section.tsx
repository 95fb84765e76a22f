// Offer letter and outreach templates: the built-in ones to copy from, your own to edit. A
// template must render against a sample before it is saved (unknown placeholders are refused).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { commands } from "../../../bindings";
import { FormError } from "../../../components/form";
import { useToast } from "../../../components/toast";
import { fieldErrors, unwrap } from "../../../lib/ipc";

type Kind = "offer" | "outreach";
type Template = { id: string; name: string; body: string; built_in: boolean };

const PLACEHOLDERS: Record<Kind, string> = {
  offer:
    "candidate.name, candidate.first_name, role.title, role.team, offer.title, offer.level, offer.base_salary, offer.currency, offer.bonus, offer.equity, offer.start_date, offer.location, offer.remote_policy, offer.expires_on, offer.scope, offer.decision_ownership, offer.growth_path, offer.team_environment, sender, today",
  outreach: "first_name, role_title, team, problem, environment, cloud, ownership, signal, sender",
};

export function TemplatesSection({ kind }: { kind: Kind }) {
  const client = useQueryClient();
  const toast = useToast();
  const key = [kind === "offer" ? "offer-templates" : "outreach-templates"];
  const list = useQuery({
    queryKey: key,
    queryFn: (): Promise<Template[]> => unwrap(kind === "offer" ? commands.offerTemplates() : commands.outreachTemplates()),
  });
  const [editing, setEditing] = useState<{ id: string | null; name: string; body: string } | null>(null);
  const save = useMutation({
    mutationFn: (t: { id: string | null; name: string; body: string }) =>
      unwrap(kind === "offer" ? commands.saveOfferTemplate(t.id, t.name, t.body) : commands.saveOutreachTemplate(t.id, t.name, t.body)),
    onSuccess: (t) => {
      void client.invalidateQueries({ queryKey: key });
      setEditing(null);
      toast.show(`Saved the template “${t.name}”.`);
    },
  });
  const remove = useMutation({
    mutationFn: (t: Template) => unwrap(commands.deleteOfferTemplate(t.id)),
    onSuccess: (_, t) => {
      void client.invalidateQueries({ queryKey: key });
      // Only a template no offer uses can go (the store refuses the others), so saving it again restores it.
      toast.show(`Deleted the template “${t.name}”.`, {
        label: "Undo",
        run: () =>
          void unwrap(commands.saveOfferTemplate(null, t.name, t.body))
            .then(() => client.invalidateQueries({ queryKey: key }))
            .then(() => toast.show(`Restored the template “${t.name}”.`), toast.error),
      });
    },
    onError: toast.error,
  });
  return (
    <div className="templates" data-kind={kind}>
      <ul className="list">
        {(list.data ?? []).map((t) => (
          <li key={t.id} className="template-row">
            <strong>{t.name}</strong>
            {t.built_in && <span className="muted">built in</span>}
            <span className="page-actions">
              <button type="button" className="button button-small" onClick={() => setEditing({ id: null, name: `${t.name} (copy)`, body: t.body })}>
                Copy
              </button>
              {!t.built_in && (
                <button type="button" className="button button-small" onClick={() => setEditing({ id: t.id, name: t.name, body: t.body })}>
                  Edit
                </button>
              )}
              {!t.built_in && kind === "offer" && (
                <button type="button" className="button button-small button-danger" onClick={() => remove.mutate(t)}>
                  Delete
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {editing && (
        <form
          className="form template-editor"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(editing);
          }}
        >
          <label className="offer-field">
            <span>Name</span>
            <input name={`${kind}-template-name`} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
          </label>
          <label className="offer-field">
            <span>Template (Markdown with {"{{ placeholders }}"})</span>
            <textarea name={`${kind}-template-body`} rows={14} value={editing.body} onChange={(e) => setEditing({ ...editing, body: e.target.value })} />
          </label>
          <p className="muted">
            Placeholders: {PLACEHOLDERS[kind]}. Conditions: {kind === "offer" ? "{% if offer.bonus %}…{% endif %}" : "{% if signal %}…{% endif %}"}.
          </p>
          {[...fieldErrors(save.error, "body"), ...fieldErrors(save.error, "name")].map((m) => (
            <p key={m} className="field-error" role="alert">
              {m}
            </p>
          ))}
          <FormError error={save.error} />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={save.isPending}>
              Save template
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
