/**
 * Stands in for vite-plugin-pwa's `virtual:pwa-register`, which only exists inside a Vite build with the plugin.
 * Tests that care about its behaviour replace it with `vi.mock`.
 */
export function registerSW() {
  return async () => undefined
}
