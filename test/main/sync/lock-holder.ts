// Holds the write lock of a file for a while, as the other computer does mid-commit.
import Database from 'better-sqlite3'

const [file, ms] = process.argv.slice(2)
const db = new Database(file)
db.exec('BEGIN IMMEDIATE')
process.stdout.write('LOCKED\n')
setTimeout(() => {
  db.exec('ROLLBACK')
  db.close()
}, Number(ms))
