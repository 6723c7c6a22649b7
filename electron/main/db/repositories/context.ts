/** Who writes, and the clock: injected so tests can control time. */
export interface WriteContext {
  user: string
  now: () => string
  newId: () => string
  /**
   * Test-only: write without checking the version read (a "blind" last-writer-wins update).
   * The stress test's control run uses it to prove that the test can see lost updates.
   */
  testOnlyIgnoreVersions?: boolean
}
