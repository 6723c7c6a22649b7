import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNELS, IPC_EVENTS, type IpcEvent } from '../../shared/ipc/channels'
import type { Api } from '../../shared/ipc/contract'

// Only named methods cross the bridge: never ipcRenderer itself, never an any-channel invoke.
const api = Object.fromEntries(
  IPC_CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)])
) as Api

/** Subscribe to a push from main; the Electron event object is never handed to the page. */
function on(event: IpcEvent, listener: (payload: unknown) => void): () => void {
  if (!(IPC_EVENTS as readonly string[]).includes(event)) throw new Error('Okänd händelse')
  const wrapped = (_e: unknown, payload: unknown) => listener(payload)
  ipcRenderer.on(event, wrapped)
  return () => ipcRenderer.removeListener(event, wrapped)
}

contextBridge.exposeInMainWorld('api', Object.freeze({ ...api, on }))
