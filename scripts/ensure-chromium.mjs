// First step of `npm test` and `npm run test:e2e`: make sure a Chromium is there before anything slow runs.
// Finds one (CHROME_PATH, /usr/bin/chromium); where none is found and this process may install Debian's
// package (root, or password-less sudo), installs it with apt; otherwise stops at once with one line saying
// what to run. Never downloads a browser build of its own.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from './chromium.mjs'

const found = () => {
  try {
    return chromiumPath()
  } catch {
    return null
  }
}

const fail = (line) => {
  console.error(line)
  process.exit(1)
}

if (found()) process.exit(0)

const HOW = 'run `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chromium or Chrome binary), then `npm test` again'
if (process.env.CHROME_PATH) fail(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist: ${HOW}.`)
if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) fail(`No Chromium found: install Chromium or Chrome and set CHROME_PATH to it, then \`npm test\` again.`)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
if (!isRoot && !canSudo) fail(`No Chromium found, and installing it needs root: ${HOW}.`)

const prefix = isRoot ? [] : ['sudo', '-n']
const run = (args) => {
  const [cmd, ...rest] = [...prefix, ...args]
  execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}
console.log('No Chromium found: installing Debian\'s chromium package with apt-get (about 30 s)…')
try {
  run(['apt-get', 'update', '-qq'])
  run(['apt-get', 'install', '-y', '-qq', 'chromium'])
} catch {
  fail(`Installing Chromium with apt-get failed (see above): ${HOW}.`)
}
const path = found()
if (!path) fail(`apt-get installed chromium but no binary was found at /usr/bin/chromium: ${HOW}.`)
console.log(`Chromium installed: ${path}`)
