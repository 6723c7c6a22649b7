import type { Api } from '../../shared/ipc/contract'
import type { IpcEvent } from '../../shared/ipc/channels'

declare global {
  interface Window {
    api: Api & { on(event: IpcEvent, listener: (payload: unknown) => void): () => void }
  }
}
export {}
