// What a page shows while its data is on the way: the page's outline in grey, at once, so a
// change of page never shows a blank area (issue 12.13). Reads are local, so this is usually
// gone within a frame or two; on a slow machine it says the app is working.
export function PageSkeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <section className="page skeleton" aria-busy="true" aria-label={`Loading ${label}`} data-skeleton>
      <div className="skeleton-bar skeleton-title" />
      <div className="skeleton-bar skeleton-line" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-bar skeleton-row" />
      ))}
    </section>
  );
}

/** The board's outline: columns of card-sized blocks. */
export function BoardSkeleton({ columns = 6 }: { columns?: number }) {
  return (
    <div className="board skeleton skeleton-board" aria-busy="true" aria-label="Loading the pipeline board" data-skeleton>
      {Array.from({ length: columns }, (_, c) => (
        <div key={c} className="skeleton-column">
          <div className="skeleton-bar skeleton-line" />
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="skeleton-bar skeleton-card" />
          ))}
        </div>
      ))}
    </div>
  );
}
