/**
 * Where a chart option stops being plain JSON: the paths of NaN, Infinity, undefined, functions
 * and class instances. Tests call it on every builder's output; an empty list is the aim.
 */
export function nonJsonPaths(value: unknown, path = 'option'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonJsonPaths(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([k, v]) => nonJsonPaths(v, `${path}.${k}`));
  }
  return [`${path} is ${typeof value}`];
}
