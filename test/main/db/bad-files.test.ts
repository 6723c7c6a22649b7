import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/main/db/connection'
import { checkFile } from '../../../electron/main/services/file-check'
import { AppError } from '../../../shared/errors'
import { makeBadFiles } from '../../helpers/bad-files'
import { useTempDir } from '../../helpers/temp'

describe('refusing files that are not ours, damaged or too new', () => {
  const tempDir = useTempDir()

  it('gives each bad file its typed error and leaves it byte-for-byte unchanged', () => {
    const dir = tempDir()
    for (const bad of makeBadFiles(dir)) {
      const before = readFileSync(bad.file)
      for (const attempt of [() => openDatabase(bad.file), () => openDatabase(bad.file, { readonly: true }), () => checkFile(bad.file)]) {
        let caught: unknown
        try {
          attempt()
        } catch (e) {
          caught = e
        }
        expect(caught, bad.name).toBeInstanceOf(AppError)
        expect((caught as AppError).code, bad.name).toBe(bad.code)
        expect((caught as AppError).message, bad.name).toMatch(/[åäöÅÄÖ]|fil/i)
      }
      expect(readFileSync(bad.file).equals(before), `${bad.name} unchanged`).toBe(true)
    }
  })

  it('reports a missing file as not found, without creating it', () => {
    const dir = tempDir()
    expect(() => openDatabase(`${dir}/finns-inte.mlof`)).toThrowError(expect.objectContaining({ code: 'FILE_NOT_FOUND' }))
    expect(() => readFileSync(`${dir}/finns-inte.mlof`)).toThrow()
  })
})
