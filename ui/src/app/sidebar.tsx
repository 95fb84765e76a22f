// The main navigation down the window's left side. In a window narrower than 1100 px it shows
// icons only: every link keeps its name for screen readers and shows it (with its shortcut) as a
// tooltip. The button at its foot expands or collapses it by hand; the choice holds for windows
// of that width class (narrow or wide) until the other class is reached.
import { useState, useSyncExternalStore } from "react";

import { openDialog } from "../lib/ui-store";
import type { Route } from "./router";

const NAV: { route: Route; label: string; icon: string; key: string }[] = [
  { route: { page: "week" }, label: "My week", icon: "◫", key: "G W" },
  { route: { page: "roles" }, label: "Roles", icon: "▤", key: "G R" },
  { route: { page: "candidates" }, label: "Candidates", icon: "☺", key: "G C" },
  { route: { page: "search" }, label: "Search", icon: "⌕", key: "G Q" },
  { route: { page: "feedback" }, label: "Feedback", icon: "✎", key: "G F" },
  { route: { page: "stalled" }, label: "Stalled", icon: "⚠", key: "G T" },
  { route: { page: "people" }, label: "People", icon: "◍", key: "G P" },
  { route: { page: "settings" }, label: "Settings", icon: "⚙", key: "G S" },
];

/** Below this width the sidebar collapses to icons unless expanded by hand. */
export const NARROW_WINDOW = "(max-width: 1099px)";

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof window.matchMedia !== "function") return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener("change", changed);
      return () => list.removeEventListener("change", changed);
    },
    () => typeof window.matchMedia === "function" && window.matchMedia(query).matches,
  );
}

export function Sidebar({ route, overdue }: { route: Route; overdue: number }) {
  const narrow = useMediaQuery(NARROW_WINDOW);
  const [choice, setChoice] = useState<{ narrow: boolean; expanded: boolean } | null>(null);
  const expanded = choice && choice.narrow === narrow ? choice.expanded : !narrow;
  return (
    <nav className={expanded ? "sidebar" : "sidebar sidebar-collapsed"} aria-label="Main" data-collapsed={!expanded}>
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          S
        </span>
        <span className="sidebar-label">Shortlist</span>
      </div>
      <ul>
        {NAV.map((item) => {
          const current =
            item.route.page === route.page ||
            (item.route.page === "roles" && route.page === "role") ||
            (item.route.page === "candidates" && route.page === "duplicates");
          return (
            <li key={item.label}>
              <a
                href={`#/${item.route.page}`}
                className={current ? "nav-link nav-link-current" : "nav-link"}
                aria-current={current ? "page" : undefined}
                title={`${item.label} (${item.key})`}
              >
                <span aria-hidden className="nav-icon">
                  {item.icon}
                </span>
                <span className="sidebar-label">{item.label}</span>
                {item.route.page === "feedback" && overdue > 0 && (
                  <span className="nav-badge" aria-label={`${overdue} overdue`}>
                    {overdue}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
      <div className="sidebar-foot">
        <button type="button" className="button button-ghost" title="Commands (Ctrl K)" onClick={() => openDialog({ kind: "palette" })}>
          <span aria-hidden className="nav-icon">
            ☰
          </span>
          <span className="sidebar-label">Commands</span> <kbd>Ctrl K</kbd>
        </button>
        <button type="button" className="button button-ghost" title="Shortcuts (?)" onClick={() => openDialog({ kind: "help" })}>
          <span aria-hidden className="nav-icon">
            ?
          </span>
          <span className="sidebar-label">Shortcuts</span> <kbd>?</kbd>
        </button>
        <button
          type="button"
          className="button button-ghost sidebar-toggle"
          title={expanded ? "Collapse the sidebar to icons" : "Expand the sidebar"}
          onClick={() => setChoice({ narrow, expanded: !expanded })}
        >
          <span aria-hidden className="nav-icon">
            {expanded ? "«" : "»"}
          </span>
          <span className="sidebar-label">{expanded ? "Collapse sidebar" : "Expand sidebar"}</span>
        </button>
      </div>
    </nav>
  );
}
