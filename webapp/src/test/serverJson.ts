/**
 * A body as the server writes it, for tests. The generated types read every property of a record as present, but
 * the server leaves out a component whose value is null: a fixture gives the fields its test needs (or null for
 * "none") and is read as the full type.
 */
export type ServerJson<T> = T extends readonly (infer U)[]
  ? ServerJson<U>[]
  : T extends object
    ? { [K in keyof T]?: ServerJson<T[K]> | null }
    : T;

export function serverJson<T>(value: ServerJson<T>): T {
  return value as T;
}
