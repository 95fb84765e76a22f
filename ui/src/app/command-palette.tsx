// Ctrl/Cmd+K: one searchable list of every page and action, plus roles and candidates by name.
import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";

import { commands } from "../bindings";
import { useRoleOptions } from "../api/use-role-options";
import { useLoadDemo } from "../api/use-load-demo";
import { useToast } from "../components/toast";
import { useModalFocus } from "../components/use-modal-focus";
import { trapTab } from "../lib/focus";
import { unwrap } from "../lib/ipc";
import { keys } from "../lib/query-keys";
import { openDialog } from "../lib/ui-store";
import { navigate, useRoute } from "./router";

export type PaletteItem = { id: string; label: string; hint?: string; run: () => void };

/** Items whose label contains every typed word (case-insensitive), in their original order. */
export function matchItems(items: PaletteItem[], text: string): PaletteItem[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    const label = `${item.label} ${item.hint ?? ""}`.toLowerCase();
    return words.every((w) => label.includes(w));
  });
}

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const route = useRoute();
  const roles = useRoleOptions();
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
    if (route.page === "role") base.push({ id: "edit-role", label: "Edit this role", run: () => openDialog({ kind: "edit-role", id: route.id }) });
    if (route.page === "candidates" && route.id) {
      const id = route.id;
      base.push({ id: "edit-candidate", label: "Edit this candidate", run: () => openDialog({ kind: "edit-candidate", id }) });
    }
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
    for (const r of roles.data ?? []) {
      base.push({ id: `role-${r.role.id}`, label: `Open role: ${r.role.title}`, hint: r.role.team, run: go(() => navigate({ page: "role", id: r.role.id })) });
    }
    const found = matchItems(base, text);
    if (text.trim().length >= 2) {
      for (const c of people.data?.rows ?? []) {
        found.push({ id: `cand-${c.id}`, label: `Open candidate: ${c.full_name}`, hint: c.email ?? "", run: go(() => navigate({ page: "candidates", id: c.id })) });
      }
    }
    return found;
  }, [text, roles.data, people.data, route, onClose, loadDemo, toast]);

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
