// Small inline icons for what a font may not draw: a glyph such as ⓘ (U+24D8) is missing from
// many fonts and shows as an empty box, so the icon is drawn, in the text's colour and size.

/** "For your information": a circled i, before a warning or a hint. Hidden from screen readers; the text says it. */
export function InfoIcon() {
  return (
    <svg className="icon icon-info" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8" cy="4.75" r="1" fill="currentColor" />
      <path d="M8 7.25v4.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
