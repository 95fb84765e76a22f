import { Dialog } from "../components/dialog";

export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ["Ctrl/⌘", "K"], what: "Command palette: every page and action" },
  { keys: ["N"], what: "New role, candidate or person, depending on the page" },
  { keys: ["/"], what: "Focus the filter (or open the palette)" },
  { keys: ["E"], what: "Edit the open role or candidate" },
  { keys: ["↑", "↓"], what: "Move through lists" },
  { keys: ["Enter"], what: "Open the highlighted item (on the board: the candidate, in a panel over it)" },
  { keys: ["Alt", "← / →"], what: "Back and Forward (also the mouse's side buttons)" },
  { keys: ["Esc"], what: "Close a dialog or the details panel (a form with unsaved input asks first; a debrief leaves presentation mode first)" },
  { keys: ["I"], what: "Import resumes (or drop files on the window)" },
  { keys: ["Shift", "→ / ←"], what: "Board: move the focused card (or the selection) one stage" },
  { keys: ["←", "→", "↑", "↓"], what: "Board: move between cards and columns" },
  { keys: ["Space"], what: "Board: select the focused card for a bulk move" },
  { keys: ["R", "W"], what: "Board: reject, or mark withdrawn, with a reason" },
  { keys: ["G", "R"], what: "Go to roles" },
  { keys: ["G", "C"], what: "Go to candidates" },
  { keys: ["G", "P"], what: "Go to people" },
  { keys: ["G", "F"], what: "Go to needs feedback" },
  { keys: ["G", "W"], what: "Go to my week" },
  { keys: ["G", "T"], what: "Go to stalled candidates" },
  { keys: ["G", "Q"], what: "Go to search" },
  { keys: ["G", "S"], what: "Go to settings" },
  { keys: ["?"], what: "This list" },
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.what}>
              <td>
                {s.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
