// A button that opens a short list of secondary actions ("More…"), after the WAI-ARIA menu
// button pattern: Enter, Space or ↓ opens it on the first item and ↑ on the last; ↑/↓ move (and
// wrap), Home and End jump, a letter jumps to the next item starting with it; Enter or Space runs
// an item; Esc closes it and puts the focus back on the button; Tab closes it and moves on; a
// click outside closes it.
import { useEffect, useId, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent } from "react";

export type MenuItem = { label: string; onSelect: () => void; danger?: boolean };

export function MenuButton(props: {
  /** The button's text, e.g. "More…". */
  label: string;
  /** An accessible name that says more than the text (it must contain the text's words). */
  name?: string;
  items: MenuItem[];
  className?: string;
}) {
  const { items } = props;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>("[role=menuitem]")[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      const target = e.target as Node | null;
      if (target && !menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const show = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  const onButtonKey = (e: ReactKeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    show(e.key === "ArrowDown" ? 0 : items.length - 1);
  };

  const onMenuKey = (e: ReactKeyboardEvent<HTMLUListElement>) => {
    const last = items.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      setActive(to);
    };
    if (e.key === "ArrowDown") move(active >= last ? 0 : active + 1);
    else if (e.key === "ArrowUp") move(active <= 0 ? last : active - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(last);
    else if (e.key === "Escape") {
      // The menu is a layer of its own: Esc closes it, not the panel or dialog around it.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === "Tab") {
      // From the button, so the browser's Tab moves on from where the menu was opened.
      button.current?.focus();
      setOpen(false);
    } else if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const letter = e.key.toLowerCase();
      const order = [...items.slice(active + 1), ...items.slice(0, active + 1)];
      const next = order.find((item) => item.label.toLowerCase().startsWith(letter));
      if (next) move(items.indexOf(next));
    }
  };

  const run = (item: MenuItem) => {
    // The button takes the focus first, so a dialog the item opens hands it back there.
    button.current?.focus();
    setOpen(false);
    item.onSelect();
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        className={props.className ?? "button"}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={props.name}
        onClick={() => (open ? setOpen(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        {props.label}
      </button>
      {open && (
        <ul ref={menu} id={`${id}-menu`} role="menu" aria-labelledby={`${id}-button`} className="menu" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button type="button" role="menuitem" tabIndex={-1} className={item.danger ? "menu-item menu-item-danger" : "menu-item"} onClick={() => run(item)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
