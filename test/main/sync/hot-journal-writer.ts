// Starts a big write transaction and dies in the middle of it, leaving a hot journal.
import Database from 'better-sqlite3'

const [file] = process.argv.slice(2)
const db = new Database(file)
db.pragma('journal_mode = DELETE')
db.pragma('cache_size = 50') // small cache: pages spill to the file before the commit
db.exec('BEGIN IMMEDIATE')
const insert = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)")
for (let i = 0; i < 20000; i++) insert.run(`k${i}`, 'x'.repeat(200))
process.kill(process.pid, 'SIGKILL')
