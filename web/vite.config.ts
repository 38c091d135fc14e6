/**
 * Builds the staff application into web/dist, served by the Golden Thread server under /app/.
 * The pure domain code and the shared chart specifications are imported straight from src/, so
 * the browser shows the same words and charts as the reports.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/app/',
  plugins: [react()],
  resolve: {
    alias: {
      '@domain': here('../src/domain'),
      '@charts': here('../src/charts'),
    },
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    manifest: true,
    // Charts are drawn by ECharts, loaded only when a page has a chart.
    chunkSizeWarningLimit: 900,
    sourcemap: false,
  },
  logLevel: 'warn',
});
