// Ctrl/Cmd+K: one searchable list of every page and action, plus roles and candidates by name.
import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";

import { commands } from "../bindings";
import { rolesForPicker, useRoleOptions } from "../api/use-role-options";
import { useCandidate } from "../features/candidates/api/use-candidates";
import { useLoadDemo } from "../api/use-load-demo";
import { useToast } from "../components/toast";
import { useModalFocus } from "../components/use-modal-focus";
import { trapTab } from "../lib/focus";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";
import { isTerminal } from "../lib/format";
import type { ApplicationView } from "../lib/types";
import { openDialog, runPageAction } from "../lib/ui-store";
import type { Route } from "./router";
import { navigate, useRoute } from "./router";

export type PaletteItem = { id: string; label: string; hint?: string; run: () => void };

/**
 * How well an item matches what was typed, lower is better; `null` when it does not. 0: the label,
 * or the name after "Open role: ", is exactly the text; 1: it starts with the text; 2: every typed
 * word starts a word of the label or hint ("back" → "Backend"); 3: every typed word is somewhere
 * in them ("back" → "Feedback").
 */
function rank(item: PaletteItem, text: string): number | null {
  const query = text.trim().toLowerCase().replace(/\s+/g, " ");
  const words = query.split(" ").filter(Boolean);
  const label = item.label.toLowerCase();
  const haystack = `${label} ${(item.hint ?? "").toLowerCase()}`;
  if (!words.every((w) => haystack.includes(w))) return null;
  if (!words.length) return 3;
  const colon = label.indexOf(": ");
  const name = colon >= 0 ? label.slice(colon + 2) : label;
  if (label === query || name === query) return 0;
  if (label.startsWith(query) || name.startsWith(query)) return 1;
  const starts = haystack.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.every((w) => starts.some((s) => s.startsWith(w)))) return 2;
  return 3;
}

/** Items matching every typed word (case-insensitive), best matches first, else in their original order. */
export function matchItems(items: PaletteItem[], text: string): PaletteItem[] {
  return items
    .map((item, index) => ({ item, index, rank: rank(item, text) }))
    .filter((m): m is { item: PaletteItem; index: number; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.item);
}

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const route = useRoute();
  const roles = useRoleOptions();
  // The candidate on screen: the candidates page's panel, or the panel over a role's board.
  const candidateId = route.page === "candidates" ? route.id : route.page === "role" ? route.candidate : undefined;
  const candidate = useCandidate(candidateId);
  // The role on screen, as its page read it (so "Close role…" shows only for an open role).
  const roleId = route.page === "role" ? route.id : undefined;
  const role = useQuery({ queryKey: keys.role(roleId ?? ""), queryFn: () => unwrap(commands.getRole(roleId ?? "")), enabled: Boolean(roleId) });
  const loadDemo = useLoadDemo();
  const toast = useToast();
  const ref = useRef<HTMLDivElement>(null);
  useModalFocus(ref);
  const people = useQuery({
    queryKey: keys.candidateSearch(text.trim(), 8),
    queryFn: () => unwrap(commands.listCandidates({ filter: text.trim(), sort: "last_activity", direction: "desc", offset: 0, limit: 8 })),
    enabled: text.trim().length >= 2,
    placeholderData: (previous) => previous,
  });

  const items = useMemo(() => {
    const go = (run: () => void) => () => {
      onClose();
      run();
    };
    const base: PaletteItem[] = [
      ...contextActions(route, role.data?.role.status, candidate.data?.applications ?? [], candidateId, go),
      { id: "go-roles", label: "Go to Roles", hint: "G R", run: go(() => navigate({ page: "roles" })) },
      { id: "go-candidates", label: "Go to Candidates", hint: "G C", run: go(() => navigate({ page: "candidates" })) },
      { id: "go-people", label: "Go to People", hint: "G P", run: go(() => navigate({ page: "people" })) },
      { id: "import", label: "Import resumes…", hint: "I", run: go(() => openDialog({ kind: "import" })) },
      { id: "go-duplicates", label: "Find duplicates", run: go(() => navigate({ page: "duplicates" })) },
      { id: "go-search", label: "Go to Search", hint: "G Q", run: go(() => navigate({ page: "search" })) },
      { id: "go-feedback", label: "Go to Needs feedback", hint: "G F", run: go(() => navigate({ page: "feedback" })) },
      { id: "go-week", label: "Go to My week", hint: "G W", run: go(() => navigate({ page: "week" })) },
      { id: "go-stalled", label: "Go to Stalled candidates", hint: "G T", run: go(() => navigate({ page: "stalled" })) },
      { id: "go-settings", label: "Go to Settings", hint: "G S", run: go(() => navigate({ page: "settings" })) },
      { id: "new-person", label: "New person", hint: "create team member interviewer", run: () => openDialog({ kind: "new-person" }) },
      { id: "new-role", label: "New role", hint: "create", run: () => openDialog({ kind: "new-role" }) },
      {
        id: "new-candidate",
        label: "New candidate",
        hint: "create add",
        run: () => openDialog({ kind: "new-candidate", roleId: route.page === "role" ? route.id : undefined }),
      },
    ];

    base.push(
      {
        id: "demo",
        label: "Load demo data",
        hint: "sample",
        run: go(() =>
          loadDemo.mutate(undefined, {
            onSuccess: (s) => toast.show(`Loaded demo data: ${s.roles} roles, ${s.candidates} candidates.`),
            onError: toast.error,
          }),
        ),
      },
      { id: "help", label: "Keyboard shortcuts", hint: "?", run: () => openDialog({ kind: "help" }) },
    );
    for (const r of rolesForPicker(roles.data, { includeClosed: true })) {
      base.push({ id: `role-${r.role.id}`, label: `Open role: ${r.role.title}`, hint: r.role.team, run: go(() => navigate({ page: "role", id: r.role.id })) });
    }
    const found = matchItems(base, text);
    if (text.trim().length >= 2) {
      for (const c of people.data?.rows ?? []) {
        found.push({ id: `cand-${c.id}`, label: `Open candidate: ${c.full_name}`, hint: c.email ?? "", run: go(() => navigate({ page: "candidates", id: c.id })) });
      }
    }
    return found;
  }, [text, roles.data, people.data, route, onClose, loadDemo, toast, candidate.data, candidateId, role.data]);

  const current = Math.min(active, Math.max(0, items.length - 1));
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        ref={ref}
        tabIndex={-1}
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            onClose();
          } else trapTab(e, e.currentTarget);
        }}
      >
        <input
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={items[current] ? `palette-${items[current].id}` : undefined}
          placeholder="Type a command, a role or a candidate…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setActive((a) => Math.min(items.length - 1, a + 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (e.key === "Enter") {
              e.preventDefault();
              items[current]?.run();
            }
          }}
        />
        <ul id="palette-list" role="listbox" className="palette-list">
          {items.map((item, i) => (
            <li
              key={item.id}
              id={`palette-${item.id}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? "palette-item palette-item-active" : "palette-item"}
              onMouseEnter={() => setActive(i)}
              onClick={() => item.run()}
            >
              <span>{item.label}</span>
              {item.hint && <span className="muted palette-hint">{item.hint}</span>}
            </li>
          ))}
          {items.length === 0 && <li className="muted palette-empty">Nothing matches “{text}”.</li>}
        </ul>
      </div>
    </div>
  );
}

/**
 * What can be done right here: on a candidate (their page or the panel over a board), the dialogs
 * of their panel, one per application; on a role, its own actions. They come first in the list.
 */
function contextActions(
  route: Route,
  roleStatus: string | undefined,
  applications: ApplicationView[],
  candidateId: string | undefined,
  go: (run: () => void) => () => void,
): PaletteItem[] {
  const items: PaletteItem[] = [];
  if (candidateId) {
    items.push({ id: "edit-candidate", label: "Edit this candidate", hint: "E", run: () => openDialog({ kind: "edit-candidate", id: candidateId }) });
    // Applications still in play first: that is where the next step is.
    const views = [...applications].sort((a, b) => Number(isTerminal(a.application.stage)) - Number(isTerminal(b.application.stage)));
    for (const view of views) {
      const applicationId = view.application.id;
      const on = (kind: "debrief" | "schedule" | "log-interview" | "offer") => go(() => runPageAction({ kind, candidateId, applicationId }));
      items.push(
        { id: `debrief-${applicationId}`, label: "Open debrief", hint: view.role_title, run: on("debrief") },
        { id: `schedule-${applicationId}`, label: "Schedule interviews…", hint: view.role_title, run: on("schedule") },
        { id: `log-${applicationId}`, label: "Log interview…", hint: view.role_title, run: on("log-interview") },
        { id: `offer-${applicationId}`, label: "Offer…", hint: view.role_title, run: on("offer") },
      );
    }
    items.push({ id: "outreach", label: "Outreach…", hint: "message email", run: go(() => runPageAction({ kind: "outreach", candidateId })) });
  }
  if (route.page === "role") {
    const roleId = route.id;
    items.push(
      { id: "edit-role", label: "Edit role…", hint: route.candidate ? undefined : "E", run: () => openDialog({ kind: "edit-role", id: roleId }) },
      { id: "import-role", label: "Import resumes into this role…", hint: "I", run: () => openDialog({ kind: "import", roleId }) },
    );
    if (roleStatus === "open") items.push({ id: "close-role", label: "Close role…", run: go(() => runPageAction({ kind: "close-role", roleId })) });
  }
  return items;
}
