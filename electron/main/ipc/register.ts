import { z } from 'zod'
import { IPC_CHANNELS, type IpcChannel } from '../../../shared/ipc/channels'
import { contract, type Handlers, type IpcResult } from '../../../shared/ipc/contract'
import { AppError, type ErrorCode } from '../../../shared/errors'

/** The slice of Electron's ipcMain we use: tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void
}
export interface IpcEventLike {
  senderFrame?: { url: string } | null
}

export interface Logger {
  error(message: string, error: unknown): void
}

function fail(code: ErrorCode, message: string, details?: unknown): IpcResult<never> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } }
}

/** Zod issues as one Swedish sentence per problem: "endDate: Slutdatum kan inte vara före startdatum." */
function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
  return `Ogiltiga uppgifter – ${parts.join('; ')}`
}

/**
 * Runs one request through the same checks main applies: known channel, validated payload,
 * typed errors turned into the envelope. Used by registerIpcHandlers and by the end-to-end
 * bridge, so the browser tests exercise exactly this path.
 */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown, log?: Logger): Promise<IpcResult<unknown>> {
  if (!(IPC_CHANNELS as readonly string[]).includes(channel)) return fail('UNKNOWN_CHANNEL', 'Okänd begäran.')
  const c = channel as IpcChannel
  const parsed = contract[c].input.safeParse(raw)
  if (!parsed.success) return fail('INVALID_INPUT', describeIssues(parsed.error))
  try {
    const value = await (handlers[c] as (input: unknown) => unknown)(parsed.data)
    return { ok: true, value: value === undefined ? null : value }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toInfo() }
    if (error instanceof z.ZodError) return fail('INVALID_INPUT', describeIssues(error))
    log?.error(`IPC ${channel} failed`, error)
    return fail('INTERNAL', 'Ett oväntat fel inträffade. Ingenting av det som redan sparats har gått förlorat. Försök igen.')
  }
}

/**
 * Registers one handler per channel. Every request is checked for its sender (only our own
 * page may call) before its payload is even parsed.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (url: string) => boolean,
  log?: Logger
): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, async (event, raw) => {
      const url = event.senderFrame?.url ?? ''
      if (!isTrustedSender(url)) return fail('FORBIDDEN', 'Begäran kom inte från appens eget fönster och avvisades.')
      return dispatch(handlers, channel, raw, log)
    })
  }
}
