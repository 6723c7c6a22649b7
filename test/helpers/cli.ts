import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { runCli } from '../../electron/cli/run'

const ROOT = join(__dirname, '..', '..')

/** Runs the CLI in-process, capturing its output. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), write: (c) => out.push(c) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** Runs the CLI as users do, in its own Node process, for real exit codes and streams. */
export function cliProcess(...argv: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/cli/index.ts'), ...argv], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr }
}
