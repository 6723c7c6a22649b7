import { userInfo } from 'node:os'
import type { Actor } from '../../shared/domain/entities'

/** The CLI writes in the name of the logged-in user unless --user says otherwise. */
export function cliActor(name?: string): Actor {
  let fallback = 'Kommandoraden'
  try {
    fallback = userInfo().username || fallback
  } catch {
    // No passwd entry (containers): keep the generic name.
  }
  return { name: name?.trim() || fallback, organisation: '' }
}
