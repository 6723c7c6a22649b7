import { closeSync, openSync, readSync, statSync } from 'node:fs'

/** "MLOF": marks a SQLite file as ours (PRAGMA application_id, header offset 68). */
export const APPLICATION_ID = 0x4d4c4f46

const MAGIC = 'SQLite format 3\0'

export type FileHeader =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'not-sqlite'; size: number }
  | {
      kind: 'sqlite'
      size: number
      pageSize: number
      wal: boolean
      userVersion: number
      applicationId: number
    }

/**
 * Reads the 100-byte SQLite header without opening the database, so a foreign, newer or
 * damaged file can be refused before SQLite touches it (and leaves it byte-for-byte unchanged).
 */
export function readFileHeader(file: string): FileHeader {
  let size: number
  try {
    const st = statSync(file)
    if (!st.isFile()) return { kind: 'not-sqlite', size: st.size }
    size = st.size
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw e
  }
  if (size === 0) return { kind: 'empty' }
  const buf = Buffer.alloc(100)
  const fd = openSync(file, 'r')
  let read: number
  try {
    read = readSync(fd, buf, 0, 100, 0)
  } finally {
    closeSync(fd)
  }
  if (read < 100 || buf.toString('latin1', 0, 16) !== MAGIC) return { kind: 'not-sqlite', size }
  const rawPageSize = buf.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  return {
    kind: 'sqlite',
    size,
    pageSize,
    wal: buf[18] === 2 || buf[19] === 2,
    userVersion: buf.readUInt32BE(60),
    applicationId: buf.readInt32BE(68) >>> 0
  }
}
