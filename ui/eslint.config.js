import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/bindings.ts"] },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@tauri-apps/api/core"], message: "Call Rust through src/bindings.ts (lib/ipc.ts), never invoke() by hand." },
          ],
        },
      ],
    },
  },
  {
    // Features never reach into each other; shared code lives in components/ and lib/.
    files: ["src/features/*/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../../features/*", "../../../features/*"], message: "Features must not import from other features." },
            { group: ["@tauri-apps/api/core"], message: "Call Rust through src/bindings.ts (lib/ipc.ts)." },
          ],
        },
      ],
    },
  },
);
