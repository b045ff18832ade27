/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

// Where `npm run dev` forwards API calls when VITE_API_BASE_URL is unset.
const DEV_PROXY_TARGET = process.env.DEV_PROXY_TARGET || 'http://localhost:8000';

export default defineConfig(({ mode }) => {
  // loadEnv with prefix '' sees .env files and the process environment.
  const env = loadEnv(mode, process.cwd(), '');
  // The Vercel project stores the API origin as `api_base_url`; an explicit
  // VITE_API_BASE_URL wins. Either way it is public (it ends up in the JS).
  const apiBaseUrl = (env.VITE_API_BASE_URL || env.api_base_url || '').trim();

  return {
    plugins: [react()],
    define: {
      'import.meta.env.VITE_API_BASE_URL': JSON.stringify(apiBaseUrl),
    },
    server: {
      proxy: {
        '/api': { target: DEV_PROXY_TARGET, changeOrigin: true },
        '/v1': { target: DEV_PROXY_TARGET, changeOrigin: true },
        '/health': { target: DEV_PROXY_TARGET, changeOrigin: true },
      },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      // Terser packs React about 1.4 kB (gzipped) tighter than esbuild: room under the 80 kB budget.
      minify: 'terser',
      // One chunk, so no <link rel=modulepreload> to polyfill.
      modulePreload: { polyfill: false },
      terserOptions: { ecma: 2020, module: true, toplevel: true, compress: { passes: 2 } },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
      restoreMocks: true,
      testTimeout: 10000,
    },
  };
});
