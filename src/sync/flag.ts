/** Set in localStorage while sync is on: the app checks it after the first screen without loading any sync code. */
export const SYNC_ON_KEY = 'hoc-bai-bao.sync.on'
