import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The Maven build (see pom.xml) runs `npm run build`; the output lands in
// target/classes/META-INF/resources so that balai-webapp.jar carries the static
// files and the servlet container serves them from WEB-INF/lib as web resources.
const API_TARGET = process.env.BALAI_API ?? 'http://localhost:9080';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: API_TARGET, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: API_TARGET, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // The interaction tests type into whole forms; on a busy 2-core build machine one can take longer than
    // Vitest's default 5 s without anything being wrong.
    testTimeout: 30000,
  },
});
