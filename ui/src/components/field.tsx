import { useId } from "react";
import type { ReactNode } from "react";

import { InfoIcon } from "./icons";

type Props = {
  label: string;
  errors?: string[];
  warnings?: string[];
  hint?: string;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
};

/** A labelled form field with its errors (blocking) and warnings (not) right beside it. */
export function Field({ label, errors = [], warnings = [], hint, children }: Props) {
  const id = useId();
  const messageId = `${id}-messages`;
  const hasMessages = errors.length > 0 || warnings.length > 0 || Boolean(hint);
  return (
    <div className={errors.length ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": errors.length > 0, "aria-describedby": hasMessages ? messageId : undefined })}
      {hasMessages && (
        <div id={messageId} className="field-messages">
          {errors.map((e) => (
            <p key={e} className="field-error" role="alert">
              <span aria-hidden>⚠ </span>
              {e}
            </p>
          ))}
          {warnings.map((w) => (
            <p key={w} className="field-warning">
              <InfoIcon />
              {w}
            </p>
          ))}
          {hint && !errors.length && <p className="field-hint">{hint}</p>}
        </div>
      )}
    </div>
  );
}
