import type { Handlers } from '../../../shared/ipc/contract'
import { NoFileOpenError } from '../../../shared/errors'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { entityHistory, periodHistory, restoreItem, revertChange } from '../services/history'
import { dispatch } from './register'
import { createFollowUp, deleteFollowUp, updateFollowUp } from '../services/follow-ups'
import * as items from '../services/items'
import { createMunicipality, deleteMunicipality, listMunicipalities, updateMunicipality } from '../services/municipalities'
import { copyPeriod, createPeriod, deletePeriod, getPeriodTree, listPeriods, updatePeriod } from '../services/periods'
import type { Workspace } from '../services/workspace'
import { importPeriods } from '../services/import-page'
import { applyFollowUpImport, previewFollowUpImport } from '../services/import-followup'
import type { AppController } from '../app-controller'

/** What the handlers need from the running app (AppController implements it). */
export type AppState = Pick<
  AppController,
  | 'appVersion'
  | 'workspace'
  | 'actor'
  | 'isFirstStart'
  | 'settings'
  | 'saveSettings'
  | 'fillDemo'
  | 'reportModel'
  | 'exportReport'
  | 'openLastExport'
  | 'exportSlides'
  | 'areaOverview'
  | 'exportAreaOverview'
  | 'gate'
  | 'attachReplay'
  | 'presence'
  | 'setEditing'
  | 'replayOutbox'
  | 'warningsForFile'
  | 'listBackups'
  | 'restoreBackup'
>

function settingsView(app: AppState) {
  const s = app.settings.get()
  return { userName: s.userName, organisation: s.organisation, organisationName: s.organisationName, firstStart: app.isFirstStart() }
}

/**
 * The one handler map: the Electron main process registers it, and the end-to-end tests
 * expose the very same functions to Chromium.
 */
/** Channels that change the file: they go through the write gate (outbox, retries). */
const MUTATING = new Set<string>([
  'createMunicipality', 'updateMunicipality', 'deleteMunicipality', 'createPeriod', 'updatePeriod', 'deletePeriod', 'copyPeriod',
  'createSignatory', 'updateSignatory', 'deleteSignatory', 'moveSignatory', 'createGoal', 'updateGoal', 'deleteGoal', 'moveGoal',
  'createActivity', 'updateActivity', 'deleteActivity', 'moveActivity', 'createFollowUp', 'updateFollowUp', 'deleteFollowUp',
  'restoreItem', 'revertChange', 'importPeriods', 'applyFollowUpImport'
])

export function createHandlers(app: AppState): Handlers {
  const raw = createRawHandlers(app)
  app.attachReplay((channel, payload) =>
    dispatch(raw, channel, payload).then((r) => (r.ok ? { ok: true } : { ok: false, code: r.error.code, message: r.error.message }))
  )
  const wrapped: Record<string, (input: unknown) => unknown> = {}
  for (const [channel, fn] of Object.entries(raw) as Array<[string, (input: unknown) => unknown]>) {
    wrapped[channel] = MUTATING.has(channel)
      ? (input) => {
          const gate = app.gate()
          return gate ? gate.run(channel, input, () => fn(input)) : fn(input)
        }
      : fn
  }
  return wrapped as Handlers
}

function createRawHandlers(app: AppState): Handlers {
  const ws = (): Workspace => {
    const w = app.workspace()
    if (!w) throw new NoFileOpenError()
    return w
  }
  return {
    getAppInfo: () => ({ name: 'Medborgarlöften', version: app.appVersion, schemaVersion: LATEST_SCHEMA_VERSION }),
    getWorkspaceInfo: () => {
      const w = app.workspace()
      return w
        ? { fileName: w.label, readonly: w.readonly, schemaVersion: w.schemaVersion, user: w.actor.name, organisation: w.actor.organisation, warnings: app.warningsForFile() }
        : null
    },
    getSettings: () => settingsView(app),
    saveSettings: (i) => (app.saveSettings(i), settingsView(app)),
    fillDemo: () => app.fillDemo(),
    listMunicipalities: () => listMunicipalities(ws()),
    createMunicipality: (i) => createMunicipality(ws(), i),
    updateMunicipality: (i) => updateMunicipality(ws(), i),
    deleteMunicipality: (i) => (deleteMunicipality(ws(), i), null),
    listPeriods: (i) => listPeriods(ws(), i.municipalityId),
    getPeriodTree: (i) => getPeriodTree(ws(), i.id),
    createPeriod: (i) => createPeriod(ws(), i),
    updatePeriod: (i) => updatePeriod(ws(), i),
    deletePeriod: (i) => (deletePeriod(ws(), i), null),
    copyPeriod: (i) => copyPeriod(ws(), i),
    createSignatory: (i) => items.createSignatory(ws(), i),
    updateSignatory: (i) => items.updateSignatory(ws(), i),
    deleteSignatory: (i) => (items.deleteSignatory(ws(), i), null),
    moveSignatory: (i) => items.moveSignatory(ws(), i),
    createGoal: (i) => items.createGoal(ws(), i),
    updateGoal: (i) => items.updateGoal(ws(), i),
    deleteGoal: (i) => (items.deleteGoal(ws(), i), null),
    moveGoal: (i) => items.moveGoal(ws(), i),
    createActivity: (i) => items.createActivity(ws(), i),
    updateActivity: (i) => items.updateActivity(ws(), i),
    deleteActivity: (i) => (items.deleteActivity(ws(), i), null),
    moveActivity: (i) => items.moveActivity(ws(), i),
    createFollowUp: (i) => createFollowUp(ws(), i),
    updateFollowUp: (i) => updateFollowUp(ws(), i),
    deleteFollowUp: (i) => (deleteFollowUp(ws(), i), null),
    restoreItem: (i) => (restoreItem(ws(), i.entity, i.id), null),
    revertChange: (i) => (revertChange(ws(), i.changeId), null),
    getPresence: () => app.presence(),
    setEditing: (i) => (app.setEditing(i), null),
    replayOutbox: () => app.replayOutbox(),
    dismissFailedEdit: (i) => (app.gate()?.dismiss(i.id), null),
    listBackups: () => app.listBackups(),
    restoreBackup: async (i) => (await app.restoreBackup(i.id), null),
    getEntityHistory: (i) => entityHistory(ws(), i.entity, i.id),
    getPeriodHistory: (i) => periodHistory(ws(), i.id),
    importPeriods: (i) => ({ periodIds: importPeriods(ws(), i.municipality, i.periods) }),
    previewFollowUpImport: (i) =>
      previewFollowUpImport(ws(), i.periodId, i.xlsxBase64 !== undefined ? { xlsx: Buffer.from(i.xlsxBase64, 'base64') } : { text: i.text }, { year: i.year }),
    applyFollowUpImport: (i) => applyFollowUpImport(ws(), i.periodId, i.matches),
    getReportModel: (i) => app.reportModel(i),
    exportReport: ({ format, ...req }) => app.exportReport(req, format),
    openExport: async ({ mode }) => (await app.openLastExport(mode), null),
    exportSlides: ({ periodId, year, tertial }) => app.exportSlides(periodId, { year, tertial }),
    getAreaOverview: () => app.areaOverview(),
    exportAreaOverview: () => app.exportAreaOverview()
  }
}
