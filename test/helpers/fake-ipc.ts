import type { IpcEventLike, IpcMainLike } from '../../electron/main/ipc/register'

/** Records handlers like Electron's ipcMain and lets a test invoke them as a given sender. */
export class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>()
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`)
    this.listeners.set(channel, listener)
  }
  invoke(channel: string, payload: unknown, senderUrl = 'file:///app/out/renderer/index.html'): Promise<unknown> {
    const l = this.listeners.get(channel)
    if (!l) return Promise.reject(new Error(`No handler registered for '${channel}'`))
    return Promise.resolve(l({ senderFrame: { url: senderUrl } }, payload))
  }
}
