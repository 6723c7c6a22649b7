/** "8 av 10 insatser": a count toward an activity's numeric target. */
export function formatProgress(count: number | null, targetCount: number | null, unit?: string | null): string {
  if (count === null) return ''
  const u = unit && unit.trim() ? ` ${unit.trim()}` : ''
  if (targetCount === null) return `${formatNumber(count)}${u}`
  return `${formatNumber(count)} av ${formatNumber(targetCount)}${u}`
}

/** Swedish number formatting (1 234). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat('sv-SE').format(n)
}
