// Toasts: transient confirmations and errors that do not belong to one field. A toast can
// carry one action (e.g. Undo). Errors stay until dismissed; confirmations fade after a while.
import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { ReactNode } from "react";

import { describe } from "../lib/ipc";

export type Toast = {
  id: number;
  tone: "info" | "error";
  message: string;
  action?: { label: string; run: () => void };
};

type ToastApi = {
  show: (message: string, action?: Toast["action"]) => void;
  error: (error: unknown) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (toast: Omit<Toast, "id">) => {
      const id = nextId++;
      setToasts((all) => [...all.slice(-3), { ...toast, id }]);
      if (toast.tone === "info") window.setTimeout(() => dismiss(id), toast.action ? 8000 : 4000);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({
      show: (message, action) => push({ tone: "info", message, action }),
      error: (error) => push({ tone: "error", message: describe(error) }),
    }),
    [push],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`} role={t.tone === "error" ? "alert" : "status"}>
            <span className="toast-icon" aria-hidden>
              {t.tone === "error" ? "⚠" : "✓"}
            </span>
            <span className="toast-message">{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  t.action?.run();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss notification" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast needs a ToastProvider");
  return api;
}
