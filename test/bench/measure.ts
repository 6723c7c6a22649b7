export interface BenchLine {
  name: string
  medianMs: number
  p99Ms: number
  targetMs?: number
  peakRssMb: number
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Warm timing: one run to warm up, then `runs` timed runs; reports median, p99 and peak RSS. */
export async function measure(name: string, fn: () => unknown, opts: { runs: number; targetMs?: number }): Promise<BenchLine> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < opts.runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return {
    name,
    medianMs: percentile(times, 50),
    p99Ms: percentile(times, 99),
    targetMs: opts.targetMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024
  }
}

export function printLine(l: BenchLine): void {
  const target = l.targetMs === undefined ? '' : `  target ≤ ${l.targetMs} ms ${l.medianMs <= l.targetMs ? 'ok' : 'MISSED'}`
  console.log(`${l.name.padEnd(34)} median ${l.medianMs.toFixed(1).padStart(8)} ms  p99 ${l.p99Ms.toFixed(1).padStart(8)} ms  peak RSS ${l.peakRssMb.toFixed(0)} MB${target}`)
}
