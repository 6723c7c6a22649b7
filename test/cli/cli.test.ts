import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, cliProcess } from '../helpers/cli'
import { makeBadFiles } from '../helpers/bad-files'
import { useTempDir } from '../helpers/temp'

describe('command line', () => {
  const tempDir = useTempDir()

  it('demo then check prints the counts (in a real process)', () => {
    const file = join(tempDir(), 'x.db')
    const demo = cliProcess('demo', file, '--year', '2026')
    expect(demo.code).toBe(0)
    expect(demo.out).toContain('Ekbacka kommun 2026–2027')
    const check = cliProcess('check', file)
    expect(check.code).toBe(0)
    expect(check.out).toContain('Integritetskontroll: ok')
    expect(check.out).toMatch(/Kommuner: 1\n/)
    expect(check.out).toMatch(/Löften\/mål: 3\n/)
    expect(Number(/Aktiviteter: (\d+)/.exec(check.out)![1])).toBeGreaterThanOrEqual(10)
    expect(Number(/Uppföljningar: (\d+)/.exec(check.out)![1])).toBeGreaterThanOrEqual(20)
  })

  it('check exits non-zero with one clear Swedish line and leaves bad files unchanged', () => {
    const dir = tempDir()
    const bad = makeBadFiles(dir).filter((b) => ['text.mlof', 'truncated.mlof', 'newer.mlof', 'foreign.sqlite'].includes(b.name))
    expect(bad).toHaveLength(4)
    for (const b of bad) {
      const before = readFileSync(b.file)
      const r = cliProcess('check', b.file)
      expect(r.code, b.name).toBe(1)
      expect(r.err.trim().split('\n'), b.name).toHaveLength(1)
      expect(r.err, b.name).toMatch(/^Fel: Filen ”.+”/)
      expect(readFileSync(b.file).equals(before), b.name).toBe(true)
    }
  })

  it('init creates an empty file, and refuses to overwrite an existing one', async () => {
    const dir = tempDir()
    const file = join(dir, 'tom.mlof')
    expect((await cli('init', file)).code).toBe(0)
    const check = await cli('check', file)
    expect(check.out).toMatch(/Kommuner: 0\n/)
    const again = await cli('init', file)
    expect(again.code).toBe(2)
    expect(again.err).toContain('finns redan')
    writeFileSync(join(dir, 'annan.txt'), 'hej')
    expect((await cli('demo', join(dir, 'annan.txt'))).code).toBe(2)
    expect(readFileSync(join(dir, 'annan.txt'), 'utf8')).toBe('hej')
  })

  it('explains usage for an unknown command or missing arguments', async () => {
    expect((await cli('frobnicate')).code).toBe(2)
    expect((await cli('check')).err).toContain('Användning')
    expect((await cli('demo', join(tempDir(), 'y.db'), '--year', 'förra')).code).toBe(2)
    expect((await cli('--help')).out).toContain('check <fil>')
  })
})
