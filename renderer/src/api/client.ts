import type { IpcChannel } from '../../../shared/ipc/channels'
import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract'
import type { ErrorCode } from '../../../shared/errors'

/** An error from main, with the Swedish message to show and the code to act on. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
  }
}

/** Calls main through window.api and unwraps the envelope: failures become ApiError. */
export async function call<C extends IpcChannel>(channel: C, input?: IpcInput<C>): Promise<IpcOutput<C>> {
  let result
  try {
    result = await (window.api[channel] as (i?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: ErrorCode; message: string; details?: unknown } }>)(input)
  } catch {
    throw new ApiError('INTERNAL', 'Appen fick inget svar. Försök igen; det du skrivit finns kvar.')
  }
  if (!result.ok) throw new ApiError(result.error!.code, result.error!.message, result.error!.details)
  return result.value as IpcOutput<C>
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Något gick fel. Försök igen; det du skrivit finns kvar.'
}
