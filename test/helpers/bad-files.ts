import Database from 'better-sqlite3'
import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { APPLICATION_ID } from '../../electron/main/db/header'
import { openWorkspace } from '../../electron/main/services/workspace'
import { fillDemo } from '../../electron/main/services/demo'

/** Creates a demo file in `dir` and returns its path. */
export function makeDemoFile(dir: string, name = 'demo.mlof'): string {
  const file = join(dir, name)
  const ws = openWorkspace(file, { create: true, actor: { name: 'Testare', organisation: '' } })
  fillDemo(ws, 2026)
  ws.close()
  return file
}

/** Every kind of file the app must refuse, written by hand, with the error code it must give. */
export function makeBadFiles(dir: string): Array<{ name: string; file: string; code: string }> {
  const out: Array<{ name: string; file: string; code: string }> = []
  const add = (name: string, code: string, write: (file: string) => void) => {
    const file = join(dir, name)
    write(file)
    out.push({ name, file, code })
  }
  add('text.mlof', 'NOT_A_DATABASE', (f) => writeFileSync(f, 'Det här är bara text, ingen databas.\n'.repeat(20)))
  add('empty.mlof', 'EMPTY_FILE', (f) => writeFileSync(f, ''))
  add('short.mlof', 'NOT_A_DATABASE', (f) => writeFileSync(f, 'SQLite format 3\0'))
  add('zip.mlof', 'NOT_A_DATABASE', (f) => writeFileSync(f, Buffer.from('504b0304140000000800', 'hex')))
  add('foreign.sqlite', 'FOREIGN_FILE', (f) => {
    const db = new Database(f)
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (1)')
    db.pragma('application_id = 1234')
    db.close()
  })
  add('plain.sqlite', 'FOREIGN_FILE', (f) => {
    const db = new Database(f)
    db.exec('CREATE TABLE t (x)')
    db.close()
  })
  add('newer.mlof', 'NEWER_SCHEMA', (f) => {
    copyFileSync(makeDemoFile(dir, 'newer-src.mlof'), f)
    const db = new Database(f)
    db.pragma('user_version = 99')
    db.close()
  })
  add('truncated.mlof', 'CORRUPT', (f) => {
    copyFileSync(makeDemoFile(dir, 'truncated-src.mlof'), f)
    truncateSync(f, Math.floor(statSync(f).size / 2))
  })
  add('garbled.mlof', 'CORRUPT', (f) => {
    copyFileSync(makeDemoFile(dir, 'garbled-src.mlof'), f)
    const bytes = readFileSync(f)
    // Overwrite the pages after the header page with noise: header stays valid, the b-trees do not.
    for (let i = 4096 * 2; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff
    writeFileSync(f, bytes)
  })
  return out
}

export { APPLICATION_ID }
