import { preview, type PreviewServer } from 'vite'

/**
 * A production preview server the test can really stop, for offline tests: Playwright's `setOffline` does not
 * cover the service worker's own fetches, so only a stopped server proves the app runs from the cache.
 */
export async function startPreview(
  port: number,
  outDir = process.env.E2E_DIST ?? 'dist',
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => server.close(),
  }
}
