import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const nhsukImages = fileURLToPath(new URL('../../node_modules/nhsuk-frontend/dist/nhsuk/assets/images/', import.meta.url));

/**
 * `npm run build` writes the production portal to services/portal/dist, which the gateway serves at /.
 * `npx vite --config services/portal/vite.config.ts` runs it for development against a gateway on :4000.
 */
export default defineConfig({
  root,
  plugins: [react()],
  // The design system's styles name their icons as /assets/images/…: bundle them from the package instead.
  resolve: { alias: [{ find: /^\/assets\/images\/(.*)$/, replacement: `${nhsukImages}$1` }] },
  // The app's own script with React is ~500 kB (150 kB gzipped); the chart library is split off and loads with a chart.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
