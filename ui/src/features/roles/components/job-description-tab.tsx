// The job description: generated from the intake, editable, previewed, copied or exported.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";

import { commands } from "../../../bindings";
import { useToast } from "../../../components/toast";
import { unwrap } from "../../../lib/ipc";
import { keys } from "../../../lib/query-keys";
import type { ExportFormat, JobDescription, Role } from "../../../lib/types";
import { useSaveRole } from "../api/use-save-role";
import { toInput } from "./role-form";

export function JobDescriptionTab({ role }: { role: Role }) {
  const jd = useQuery({ queryKey: [...keys.role(role.id), "job-description"], queryFn: () => unwrap(commands.jobDescription(role.id)) });
  if (jd.isError) {
    return (
      <p className="banner banner-error" role="alert">
        {jd.error.message}
      </p>
    );
  }
  return jd.data ? <Editor key={jd.data.markdown} role={role} jd={jd.data} /> : null;
}

function Editor({ role, jd }: { role: Role; jd: JobDescription }) {
  const [text, setText] = useState(jd.markdown);
  const deferred = useDeferredValue(text);
  const preview = useQuery({
    queryKey: ["markdown-preview", deferred],
    queryFn: () => commands.renderMarkdown(deferred),
    placeholderData: keepPreviousData,
    initialData: deferred === jd.markdown ? jd.html : undefined,
  });
  const save = useSaveRole();
  const toast = useToast();
  const dirty = text !== jd.markdown;

  const saveText = (markdown: string, message: string) =>
    save.mutate({ id: role.id, input: { ...toInput(role), intake: { ...role.intake, job_description: markdown } } }, { onSuccess: () => toast.show(message), onError: toast.error });

  const copy = (value: string, what: string) =>
    navigator.clipboard.writeText(value).then(
      () => toast.show(`Copied the job description as ${what}.`),
      (error: unknown) => toast.error(error),
    );

  const exportAs = (format: ExportFormat) =>
    unwrap(commands.exportJobDescription(role.id, format)).then(
      (path) => toast.show(`Saved ${path}`),
      (error: unknown) => toast.error(error),
    );

  return (
    <div className="jd">
      <div className="jd-toolbar" role="toolbar" aria-label="Job description actions">
        <span className="muted">{jd.edited ? "Edited by hand" : "Generated from the intake"}</span>
        <button type="button" className="button button-primary" disabled={!dirty || save.isPending} onClick={() => saveText(text, "Saved the job description.")}>
          Save edits
        </button>
        <button
          type="button"
          className="button"
          disabled={!jd.edited && !dirty}
          onClick={() => {
            setText(jd.generated);
            saveText("", "The job description follows the intake again.");
          }}
        >
          Reset to generated
        </button>
        <button type="button" className="button" onClick={() => void copy(text, "Markdown")}>
          Copy Markdown
        </button>
        <button type="button" className="button" onClick={() => void copy(preview.data ?? "", "HTML")}>
          Copy HTML
        </button>
        <button type="button" className="button" disabled={dirty} title={dirty ? "Save your edits first" : undefined} onClick={() => void exportAs("markdown")}>
          Export .md
        </button>
        <button type="button" className="button" disabled={dirty} title={dirty ? "Save your edits first" : undefined} onClick={() => void exportAs("html")}>
          Export .html
        </button>
      </div>
      <div className="jd-panes">
        <label className="jd-editor">
          <span className="visually-hidden">Job description (Markdown)</span>
          <textarea name="job_description" value={text} onChange={(e) => setText(e.target.value)} spellCheck />
        </label>
        {/* The HTML comes from our own renderer, which escapes everything it does not produce. */}
        <article className="jd-preview" aria-label="Preview" dangerouslySetInnerHTML={{ __html: preview.data ?? "" }} />
      </div>
    </div>
  );
}
