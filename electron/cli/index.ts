import { runCli } from './run'

// Headless entry: `npm run cli -- <command>`. Runs in plain Node (no Electron).
runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  write: (chunk) => process.stdout.write(chunk)
}).then((code) => {
  process.exitCode = code
})
