// A text field with suggestions (people, time zones), in place of <datalist>: a page cannot tell
// whether WebKit's datalist popup is open, so Esc in it also closed the dialog around it. Here
// Esc closes the suggestions only; the next Esc belongs to the dialog.
import { useState } from "react";

type Props = {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Everything that may be suggested; those containing the typed text are shown. */
  options: string[];
  placeholder?: string;
  autoFocus?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

const SHOWN = 8;

export function Autocomplete({ id, value, onChange, options, ...input }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = value.trim().toLowerCase();
  const matches = options.filter((o) => o.toLowerCase().includes(typed)).slice(0, SHOWN);
  // Nothing to offer once the field holds exactly the one suggestion left.
  const shown = open && matches.length > 0 && !(matches.length === 1 && matches[0]?.toLowerCase() === typed);
  const listId = `${id}-suggestions`;
  const current = shown && active >= 0 ? Math.min(active, matches.length - 1) : -1;

  const pick = (option: string) => {
    onChange(option);
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className="autocomplete">
      <input
        {...input}
        id={id}
        value={value}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            if (!shown) {
              setOpen(true);
              setActive(e.key === "ArrowDown" ? 0 : matches.length - 1);
            } else {
              const step = e.key === "ArrowDown" ? 1 : -1;
              setActive((current + step + matches.length) % matches.length);
            }
          } else if (e.key === "Enter" && current >= 0) {
            e.preventDefault();
            pick(matches[current] ?? value);
          } else if (e.key === "Escape" && shown) {
            // The suggestions' Esc: not the dialog's, and not the window's close request.
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      {shown && (
        <ul id={listId} role="listbox" className="autocomplete-list" aria-label="Suggestions">
          {matches.map((option, i) => (
            <li
              key={option}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? "autocomplete-option is-active" : "autocomplete-option"}
              // Before the input's blur, so the click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
            >
              {option}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
