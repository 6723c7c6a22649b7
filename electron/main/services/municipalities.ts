import type { Municipality } from '../../../shared/domain/entities'
import type { CreateMunicipalityInput, DeleteInput, UpdateMunicipalityInput } from '../../../shared/domain/inputs'
import { municipalities } from '../db/repositories/tables'
import { insert, listWhere, softDelete, update } from '../db/repositories/versioned-table'
import { svCompare } from '../../../shared/domain/sort'
import type { Workspace } from './workspace'

export function listMunicipalities(ws: Workspace): Municipality[] {
  return ws.read(() => listWhere(ws.db, municipalities, '1', [])).sort((a, b) => svCompare(a.name, b.name))
}

export function createMunicipality(ws: Workspace, input: CreateMunicipalityInput): Municipality {
  return ws.write(() => insert(ws.db, ws.ctx, municipalities, { name: input.name.trim() }))
}

export function updateMunicipality(ws: Workspace, input: UpdateMunicipalityInput): Municipality {
  return ws.write(() => update(ws.db, ws.ctx, municipalities, input.id, input.expectedVersion, input.patch))
}

export function deleteMunicipality(ws: Workspace, input: DeleteInput): void {
  ws.write(() => softDelete(ws.db, ws.ctx, municipalities, input.id, input.expectedVersion))
}
