import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Served by the gateway at the same origin as /api and /auth; `npm run dev` proxies both to it.
const gateway = process.env.CBCCVC_GATEWAY ?? "http://127.0.0.1:18000";

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  build: {
    outDir: "dist",
    // Everything is in files: the gateway's CSP allows no inline script.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    host: "127.0.0.1",
    proxy: { "/api": gateway, "/auth": gateway },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
