import { getCurrentWebview } from "@tauri-apps/api/webview";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { useEffect, useState } from "react";

import { useNeedsFeedback } from "../api/use-interviews";
import { CandidatesPage } from "../features/candidates/components/candidates-page";
import { DuplicatesPage } from "../features/candidates/components/duplicates-page";
import { MyWeekPage } from "../features/week/components/my-week-page";
import { StalledPage } from "../features/week/components/stalled-page";
import { NeedsFeedbackPage } from "../features/candidates/components/needs-feedback-page";
import { SearchPage } from "../features/search/components/search-page";
import { RolePage } from "../features/roles/components/role-page";
import { RolesPage } from "../features/roles/components/roles-page";
import { PeoplePage } from "../features/people/components/people-page";
import { SettingsPage } from "../features/settings/components/settings-page";
import { openDialog } from "../lib/ui-store";
import { Dialogs } from "./dialogs";
import type { Route } from "./router";
import { pageTitle, rememberPage, restoreLastPage, useRoute } from "./router";
import { useGlobalShortcuts } from "./shortcuts";

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

export function Shell({ dbPath }: { dbPath: string }) {
  useEffect(() => restoreLastPage(dbPath), [dbPath]);
  const route = useRoute();
  useGlobalShortcuts(route);
  const dragging = useFileDrop();
  const owed = useNeedsFeedback();
  // The badge counts what is overdue for me (everyone's when no "me" is chosen).
  const overdue = (owed.data ?? []).filter((d) => d.feedback === "overdue" && (d.mine || !owed.data?.some((x) => x.mine))).length;
  useEffect(() => {
    rememberPage(dbPath, route);
    const title = `${pageTitle(route)} — Shortlist`;
    document.title = title;
    if ("__TAURI_INTERNALS__" in window) {
      getCurrentWindow()
        .setTitle(title)
        .catch(() => undefined);
    }
  }, [route, dbPath]);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            S
          </span>
          Shortlist
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
                  {item.label}
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
          <button type="button" className="button button-ghost" onClick={() => openDialog({ kind: "palette" })}>
            Commands <kbd>Ctrl K</kbd>
          </button>
          <button type="button" className="button button-ghost" onClick={() => openDialog({ kind: "help" })}>
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
      </nav>
      <main className="main">
        {route.page === "roles" && <RolesPage />}
        {route.page === "role" && <RolePage key={route.id} id={route.id} />}
        {route.page === "candidates" && <CandidatesPage selectedId={route.id} />}
        {route.page === "people" && <PeoplePage />}
        {route.page === "feedback" && <NeedsFeedbackPage />}
        {route.page === "week" && <MyWeekPage />}
        {route.page === "stalled" && <StalledPage />}
        {route.page === "search" && <SearchPage />}
        {route.page === "duplicates" && <DuplicatesPage />}
        {route.page === "settings" && <SettingsPage />}
      </main>
      <Dialogs />
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          Drop resumes to import them
        </div>
      )}
    </div>
  );
}

/** Files or folders dropped anywhere on the window open the import with them; returns whether a drag is over the window. */
function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (!("__TAURI_INTERNALS__" in window)) return;
    const stop = getCurrentWebview().onDragDropEvent((event) => {
      const p = event.payload;
      if (p.type === "enter" || p.type === "over") setDragging(true);
      else if (p.type === "leave") setDragging(false);
      else if (p.type === "drop") {
        setDragging(false);
        if (p.paths.length) openDialog({ kind: "import", paths: p.paths });
      }
    });
    return () => void stop.then((f) => f());
  }, []);
  return dragging;
}
