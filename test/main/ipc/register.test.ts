import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { dispatch, registerIpcHandlers } from '../../../electron/main/ipc/register'
import { createTrustedUrlCheck } from '../../../electron/main/security'
import { IPC_CHANNELS } from '../../../shared/ipc/channels'
import { contract } from '../../../shared/ipc/contract'
import { FakeIpcMain } from '../../helpers/fake-ipc'
import { useTempDir } from '../../helpers/temp'
import { appWith } from '../../helpers/app'
import { createWorkspace } from '../../helpers/workspace'
import type { Workspace } from '../../../electron/main/services/workspace'

const APP_URL = 'file:///app/out/renderer/index.html'

function setup(ws: Workspace | null) {
  const ipc = new FakeIpcMain()
  const handlers = createHandlers(appWith(ws))
  registerIpcHandlers(ipc, handlers, createTrustedUrlCheck({ rendererFileUrl: APP_URL }))
  return { ipc, handlers }
}

describe('IPC registration', () => {
  const tempDir = useTempDir()

  it('has exactly one contract entry and one handler per channel', () => {
    const { ipc, handlers } = setup(null)
    expect(Object.keys(contract).sort()).toEqual([...IPC_CHANNELS].sort())
    expect(Object.keys(handlers).sort()).toEqual([...IPC_CHANNELS].sort())
    expect([...ipc.listeners.keys()].sort()).toEqual([...IPC_CHANNELS].sort())
  })

  it('serves a valid request through the envelope', async () => {
    const ws = createWorkspace(tempDir())
    const { ipc } = setup(ws)
    const created = (await ipc.invoke('createMunicipality', { name: 'Åby kommun' })) as { ok: boolean; value: { name: string } }
    expect(created).toMatchObject({ ok: true, value: { name: 'Åby kommun', version: 1 } })
    expect(await ipc.invoke('listMunicipalities', undefined)).toMatchObject({ ok: true, value: [{ name: 'Åby kommun' }] })
    ws.close()
  })

  it.each([
    ['a string instead of an object', 'createMunicipality', 'Åby'],
    ['a missing field', 'createMunicipality', {}],
    ['a wrong type', 'updateGoal', { id: 'x', expectedVersion: '1', patch: {} }],
    ['an empty name', 'createMunicipality', { name: '   ' }],
    ['a text over the limit', 'createGoal', { periodId: 'p', text: 'x'.repeat(2_001) }],
    ['an impossible date', 'createPeriod', { municipalityId: 'm', title: 't', startDate: '2024-02-30', endDate: '2024-12-31' }],
    ['an inverted period', 'createPeriod', { municipalityId: 'm', title: 't', startDate: '2025-01-01', endDate: '2024-12-31' }],
    ['a tertial 4', 'createFollowUp', { activityId: 'a', year: 2024, tertial: 4, party: 'polisen' }],
    ['an unknown party', 'createActivity', { goalId: 'g', text: 't', party: 'brandkåren' }],
    ['a payload for a no-input channel', 'listMunicipalities', { sql: 'DROP TABLE goal' }]
  ])('rejects %s as INVALID_INPUT with a Swedish message', async (_name, channel, payload) => {
    const ws = createWorkspace(tempDir())
    const { ipc } = setup(ws)
    const r = (await ipc.invoke(channel, payload)) as { ok: boolean; error: { code: string; message: string } }
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe('INVALID_INPUT')
    expect(r.error.message).toMatch(/^Ogiltiga uppgifter/)
    ws.close()
  })

  it.each([
    'https://evil.example/index.html',
    'file:///tmp/other.html',
    'http://127.0.0.1:5173/',
    '',
    'javascript:alert(1)',
    'file://user:pw@/app/out/renderer/index.html'
  ])('refuses a request from the untrusted sender %j', async (url) => {
    const ws = createWorkspace(tempDir())
    const { ipc } = setup(ws)
    const r = (await ipc.invoke('createMunicipality', { name: 'Åby kommun' }, url)) as { ok: boolean; error: { code: string } }
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await ipc.invoke('listMunicipalities', undefined)) as { value: unknown[] }).toMatchObject({ value: [] })
    ws.close()
  })

  it('answers an unknown channel with a typed error', async () => {
    const { handlers } = setup(null)
    expect(await dispatch(handlers, 'runSql', { sql: 'x' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('reports "no file open" and conflicts as typed errors, and hides internal errors', async () => {
    const { ipc } = setup(null)
    expect(await ipc.invoke('listMunicipalities', undefined)).toMatchObject({ ok: false, error: { code: 'NO_FILE_OPEN' } })

    const ws = createWorkspace(tempDir())
    const { ipc: ipc2 } = setup(ws)
    const m = (await ipc2.invoke('createMunicipality', { name: 'Åby' })) as { value: { id: string } }
    await ipc2.invoke('updateMunicipality', { id: m.value.id, expectedVersion: 1, patch: { name: 'Åby kommun' } })
    const conflict = (await ipc2.invoke('updateMunicipality', { id: m.value.id, expectedVersion: 1, patch: { name: 'Gammalt' } })) as {
      ok: false
      error: { code: string; message: string; details: { current: { name: string } } }
    }
    expect(conflict.error.code).toBe('CONFLICT')
    expect(conflict.error.details.current.name).toBe('Åby kommun')
    expect(conflict.error.message).toContain('Din text är kvar')

    const broken = createHandlers(
      appWith(() => {
        throw new Error('SQLITE internals /secret/path')
      })
    )
    const logged: unknown[] = []
    const r = (await dispatch(broken, 'listMunicipalities', undefined, { error: (_m, e) => logged.push(e) })) as {
      error: { code: string; message: string }
    }
    expect(r.error.code).toBe('INTERNAL')
    expect(r.error.message).not.toContain('/secret/path')
    expect(logged).toHaveLength(1)
    ws.close()
  })
})
