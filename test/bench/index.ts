import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { printLine } from './measure'
import { reportBench } from './report-bench'
import { parserBench } from './parser-bench'
import { writeBench } from './write-bench'

// `npm run bench`: prints figures; targets are reported, never asserted.
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlof-bench-'))
  try {
    console.log('Reports (warm, in-process)')
    for (const line of await reportBench(dir)) printLine(line)
    console.log('Co-editing (local disk; a network share adds its round trips)')
    for (const line of await writeBench(dir)) printLine(line)
    console.log('Import')
    for (const line of await parserBench()) printLine(line)
    console.log(`peak RSS of the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (target < 400 MB)`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
