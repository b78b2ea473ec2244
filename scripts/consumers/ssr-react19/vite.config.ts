import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One config, two builds: the browser bundle (with a manifest, so the server can link its files)
// and the server bundle, in which React and the widgets stay imports that Node resolves itself.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  build: isSsrBuild
    ? { outDir: 'dist/server' }
    : {
        outDir: 'dist/client',
        manifest: true,
        rolldownOptions: { input: 'src/entry-client.tsx' },
      },
}));
