/** The error window: shown instead of the app when the database cannot be opened or upgraded. */
export function StartupError({ message, dbPath }: { message: string; dbPath: string }) {
  return (
    <main className="startup-error" role="alert" aria-labelledby="startup-error-title">
      <h1 id="startup-error-title">Shortlist could not open its database</h1>
      <p className="startup-error-message">{message}</p>
      {dbPath && (
        <p>
          Database file: <code>{dbPath}</code>
        </p>
      )}
      <p>Shortlist stopped before changing anything else. Close it, then try one of these:</p>
      <ul>
        <li>If another copy of Shortlist is running, close it and start again.</li>
        <li>If the upgrade failed, keep the safety copy named above and report the message to your team.</li>
        <li>To start with an empty database, run Shortlist with <code>--db /path/to/new.db</code>.</li>
      </ul>
    </main>
  );
}
