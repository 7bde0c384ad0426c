/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

// base "./" makes every asset URL relative, so dist/ works from any sub-path of any static host.
export default defineConfig({
  base: "./",
  plugins: [react(), tailwindcss()],
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 400 },
  test: {
    include: ["engine/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
  },
});
