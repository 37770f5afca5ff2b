import { englandFramework } from './england.js';
import type { Framework } from './schema.js';
import { splitLevelFramework } from './split-level.js';

export * from './schema.js';
export { englandFramework } from './england.js';
export { splitLevelFramework } from './split-level.js';
export { parameterAt, type ParameterReading } from './parameters.js';

/** The frameworks shipped with Sightline, by id. */
export const frameworks: Readonly<Record<string, Framework>> = {
  [englandFramework.id]: englandFramework,
  [splitLevelFramework.id]: splitLevelFramework,
};

/** A shipped framework by id; throws naming the known ids when there is none. */
export function getFramework(id: string): Framework {
  const fw = frameworks[id];
  if (!fw) throw new Error(`No framework "${id}". Known: ${Object.keys(frameworks).join(', ')}`);
  return fw;
}
