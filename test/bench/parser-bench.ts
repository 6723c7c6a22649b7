import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePage } from '../../shared/import/parse-page'
import { measure, type BenchLine } from './measure'

/** Parse time of a typical promise page (the reference pages when present, else our own). */
export async function parserBench(): Promise<BenchLine[]> {
  const seeds = join(__dirname, '..', '..', '..', 'shared', 'seeds')
  const files = ['000_3916883672e4c244.txt', '002_e1f8064c8cfc4af7.txt', '003_ce47e0c094c5aeb9.txt', '004_9d60ccaea8afeb8d.txt']
  const pages = files.filter((f) => existsSync(join(seeds, f))).map((f) => readFileSync(join(seeds, f), 'utf8'))
  if (pages.length === 0) pages.push(`Tallby – medborgarlöften\nMedborgarlöfte 2024-2025\n• Att öka tryggheten.\nAktiviteter\n${'• Polisen lovar att genomföra minst tio riktade insatser.\n'.repeat(12)}`)
  const lines = [await measure(`parse-page typical page (${pages.length} pages, per page)`, () => pages.forEach((p) => parsePage(p)), { runs: 200 })]
  lines[0].medianMs /= pages.length
  lines[0].p99Ms /= pages.length
  lines[0].targetMs = 5
  return lines
}
