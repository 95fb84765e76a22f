import { useLoadDemo } from "../api/use-load-demo";
import { useToast } from "./toast";

export function LoadDemoButton({ primary }: { primary?: boolean }) {
  const load = useLoadDemo();
  const toast = useToast();
  return (
    <button
      type="button"
      className={primary ? "button button-primary" : "button"}
      disabled={load.isPending}
      onClick={() =>
        load.mutate(undefined, {
          onSuccess: (s) => toast.show(`Loaded demo data: ${s.roles} roles, ${s.candidates} candidates, ${s.applications} applications.`),
          onError: (e) => toast.error(e),
        })
      }
    >
      {load.isPending ? "Loading demo data…" : "Load demo data"}
    </button>
  );
}
