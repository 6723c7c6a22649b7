// No imports: the preload bundles this list and nothing else.
/** Every request the renderer may make of the main process. */
export const IPC_CHANNELS = [
  'getAppInfo',
  'getWorkspaceInfo',
  'getSettings',
  'saveSettings',
  'fillDemo',
  'listMunicipalities',
  'createMunicipality',
  'updateMunicipality',
  'deleteMunicipality',
  'listPeriods',
  'getPeriodTree',
  'createPeriod',
  'updatePeriod',
  'deletePeriod',
  'copyPeriod',
  'createSignatory',
  'updateSignatory',
  'deleteSignatory',
  'moveSignatory',
  'createGoal',
  'updateGoal',
  'deleteGoal',
  'moveGoal',
  'createActivity',
  'updateActivity',
  'deleteActivity',
  'moveActivity',
  'createFollowUp',
  'updateFollowUp',
  'deleteFollowUp',
  'restoreItem',
  'revertChange',
  'getPresence',
  'setEditing',
  'replayOutbox',
  'dismissFailedEdit',
  'listBackups',
  'restoreBackup',
  'getEntityHistory',
  'getPeriodHistory',
  'importPeriods',
  'previewFollowUpImport',
  'applyFollowUpImport',
  'getReportModel',
  'exportReport',
  'openExport',
  'exportSlides',
  'getAreaOverview',
  'exportAreaOverview'
] as const

export type IpcChannel = (typeof IPC_CHANNELS)[number]

/** Pushes from main to the renderer (progress, "file changed"). */
export const IPC_EVENTS = ['workspaceChanged', 'menuCommand', 'writeStatus'] as const
export type IpcEvent = (typeof IPC_EVENTS)[number]
