/**
 * A unit of engine state. In the app it is Vue's `shallowRef` (so the Pinia stores mirror the engine with no
 * copying); in Node tests a plain box. The engine never imports Vue.
 */
export interface Cell<T> {
  value: T
}

export type CellFactory = <T>(initial: T) => Cell<T>

/** The plain box, for tests and for code that runs outside Vue. */
export const plainCell: CellFactory = <T>(initial: T): Cell<T> => ({ value: initial })
