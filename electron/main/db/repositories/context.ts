/** Who writes, and the clock: injected so tests can control time. */
export interface WriteContext {
  user: string
  now: () => string
  newId: () => string
}
