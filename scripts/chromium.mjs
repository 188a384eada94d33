// The one place that knows where the browser is and how it must be started on a closed network.
import { existsSync } from 'node:fs'

/** Flags this network needs: without the background-networking ones Chromium floods it with refused connections. */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
]

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  const found = candidates.find((p) => existsSync(p))
  if (!found) {
    throw new Error(
      'No Chromium found. Install Debian\'s package (`sudo apt-get install -y chromium`) ' +
      'or point CHROME_PATH at a Chromium or Chrome binary. Tests never download a browser.',
    )
  }
  return found
}
