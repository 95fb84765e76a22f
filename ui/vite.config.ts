import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// This file runs in Node; the UI's tsconfig has no Node types.
declare const process: { env: Record<string, string | undefined> };

// Tests run on a machine zone that is never the user's zone they set (Europe/Berlin, Asia/Kolkata),
// so a view that reads the computer's zone instead of the user's shows a visibly wrong day or time.
// It is set here, not by the shell, so `npm test`, `npx vitest` and every OS agree: Vitest starts
// each test worker with these variables, overriding the shell's TZ. Set
// SHORTLIST_TEST_MACHINE_TZ to run the suite on another machine zone and prove it does not matter.
const machineZone = process.env.SHORTLIST_TEST_MACHINE_TZ || "America/Los_Angeles";

export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { target: "safari15", outDir: "dist", emptyOutDir: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    // Child processes, so TZ is in place before any date code runs in them.
    pool: "forks",
    env: { TZ: machineZone, SHORTLIST_TEST_MACHINE_TZ: machineZone },
  },
});
