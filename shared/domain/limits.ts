/** Hard caps on user text, enforced at the IPC boundary and in the import paths. */
export const LIMITS = {
  name: 200,
  title: 500,
  shortText: 2_000,
  longText: 20_000,
  unit: 100,
  maxTarget: 1_000_000
} as const
