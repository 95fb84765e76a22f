import { getCurrentWebview } from "@tauri-apps/api/webview";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { useEffect, useRef, useState } from "react";

import { useNeedsFeedback } from "../api/use-interviews";
import { CandidatePanel } from "../features/candidates/components/candidate-panel";
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
import { navigate, pageTitle, rememberPage, restoreLastPage, useRoute } from "./router";
import { useGlobalShortcuts, useMouseHistoryButtons } from "./shortcuts";
import { Sidebar } from "./sidebar";

export function Shell({ dbPath }: { dbPath: string }) {
  useEffect(() => restoreLastPage(dbPath), [dbPath]);
  const route = useRoute();
  useGlobalShortcuts(route);
  useMouseHistoryButtons();
  const dragging = useFileDrop(route.page === "role" ? route.id : undefined);
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
      <Sidebar route={route} overdue={overdue} />
      <main className="main">
        {route.page === "roles" && <RolesPage />}
        {route.page === "role" && <RolePage key={route.id} id={route.id} />}
        {route.page === "role" && route.candidate && (
          // Over the board, which stays in view; Back, Esc or × closes it.
          <div className="board-panel" data-board-panel>
            <CandidatePanel key={route.candidate} id={route.candidate} onClose={() => navigate({ page: "role", id: route.id })} />
          </div>
        )}
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

/**
 * Files or folders dropped anywhere on the window open the import with them (into the role whose
 * page is open, if any); returns whether a drag is over the window.
 */
function useFileDrop(roleId: string | undefined): boolean {
  const [dragging, setDragging] = useState(false);
  const role = useRef(roleId);
  useEffect(() => {
    role.current = roleId;
  });
  useEffect(() => {
    if (!("__TAURI_INTERNALS__" in window)) return;
    const stop = getCurrentWebview().onDragDropEvent((event) => {
      const p = event.payload;
      if (p.type === "enter" || p.type === "over") setDragging(true);
      else if (p.type === "leave") setDragging(false);
      else if (p.type === "drop") {
        setDragging(false);
        if (p.paths.length) openDialog({ kind: "import", paths: p.paths, roleId: role.current });
      }
    });
    return () => void stop.then((f) => f());
  }, []);
  return dragging;
}
