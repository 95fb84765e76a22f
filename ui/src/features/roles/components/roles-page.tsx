import { useRef } from "react";

import type { RoleStatus } from "../../../lib/types";
import { useRoleOptions } from "../../../api/use-role-options";
import { EmptyState } from "../../../components/empty-state";
import { LoadDemoButton } from "../../../components/load-demo-button";
import { navigate } from "../../../app/router";
import { formatDate } from "../../../lib/format";
import { isTypingOrModal } from "../../../lib/keyboard";
import { openDialog } from "../../../lib/ui-store";
import { STATUS_LABELS } from "./role-form";

const STATUS_ICONS: Record<RoleStatus, string> = { draft: "◌", open: "●", on_hold: "❚❚", closed: "■" };

export function RolesPage() {
  const roles = useRoleOptions();
  const listRef = useRef<HTMLUListElement>(null);

  if (roles.isError) {
    return (
      <p className="banner banner-error" role="alert">
        Roles could not be loaded: {roles.error.message}
      </p>
    );
  }
  const items = roles.data ?? [];
  return (
    <section className="page" aria-labelledby="roles-title">
      <header className="page-header">
        <h1 id="roles-title">Roles</h1>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => openDialog({ kind: "new-role" })}>
            New role <kbd>N</kbd>
          </button>
        </div>
      </header>
      {roles.isSuccess && items.length === 0 ? (
        <EmptyState
          title="No roles yet"
          actions={
            <>
              <button type="button" className="button button-primary" onClick={() => openDialog({ kind: "new-role" })}>
                Create a role
              </button>
              <LoadDemoButton />
            </>
          }
        >
          <p>A role is the opening you are hiring for. Create one, then add candidates to its pipeline.</p>
          <p>Or load demo data to explore Shortlist with 20 roles and 2,000 candidates.</p>
        </EmptyState>
      ) : (
        <ul className="list" ref={listRef} aria-label="Roles">
          <li className="list-head" aria-hidden>
            <span className="col-title">Role</span>
            <span className="col-status">Status</span>
            <span className="col-num">Active</span>
            <span className="col-num">Total</span>
            <span className="col-num">Hired</span>
            <span className="col-person">Hiring manager</span>
            <span className="col-date">Opened</span>
          </li>
          {items.map(({ role, active_applications, total_applications, hired }) => (
            <li key={role.id}>
              <a
                className="list-row"
                href={`#/roles/${role.id}`}
                onKeyDown={(e) => moveFocus(e, listRef.current)}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ page: "role", id: role.id });
                }}
              >
                <span className="col-title">
                  <strong>{role.title}</strong>
                  <span className="muted">{[role.team, role.level].filter(Boolean).join(" · ")}</span>
                </span>
                <span className={`col-status status-${role.status}`}>
                  <span aria-hidden>{STATUS_ICONS[role.status]} </span>
                  {STATUS_LABELS[role.status]}
                </span>
                <span className="col-num">{active_applications}</span>
                <span className="col-num">{total_applications}</span>
                <span className="col-num">{hired}</span>
                <span className="col-person">{role.hiring_manager || "—"}</span>
                <span className="col-date">{formatDate(role.opened_on)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Arrow keys move between rows of a list of links. */
function moveFocus(e: React.KeyboardEvent, list: HTMLElement | null) {
  if (!list || (e.key !== "ArrowDown" && e.key !== "ArrowUp") || isTypingOrModal(e)) return;
  e.preventDefault();
  const rows = Array.from(list.querySelectorAll<HTMLElement>(".list-row"));
  const index = rows.indexOf(e.currentTarget as HTMLElement);
  rows[Math.max(0, Math.min(rows.length - 1, index + (e.key === "ArrowDown" ? 1 : -1)))]?.focus();
}
