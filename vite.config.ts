import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web; the server serves the build from dist/web (see WEB_ROOT).
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The CSP allows no inline scripts or styles: everything must be a file of its own.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': 'http://localhost:3100' },
  },
});
