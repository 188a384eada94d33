/**
 * A deep copy made by reading properties, so a Vue reactive proxy (which structuredClone and
 * IndexedDB both refuse with DataCloneError) comes out as plain data. Only JSON-like data and
 * `undefined` are expected here: cards, log entries, settings, sessions.
 */
export function toPlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => toPlain(item)) as T
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) copy[key] = toPlain((value as Record<string, unknown>)[key])
  return copy as T
}
