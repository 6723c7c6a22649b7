import { join } from 'node:path'

/** The embedded default file in the user's data folder. */
export function defaultDatabaseFile(userDataDir: string): string {
  return join(userDataDir, 'medborgarloften.mlof')
}

/** Fonts and icons: next to the app in development, in resources/ when packaged. */
export function resourcesDir(opts: { isPackaged: boolean; appPath: string; resourcesPath: string }): string {
  return opts.isPackaged ? opts.resourcesPath : join(opts.appPath, 'resources')
}
