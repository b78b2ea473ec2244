/**
 * A plain prop when given, even as `null` (a brand clearing a field), else the field of the state
 * a hook folded, else `null`. Shared by the progress widgets' plain props.
 */
export function pick<T>(plain: T | undefined, fromState: T | null | undefined): T | null {
  return plain !== undefined ? plain : (fromState ?? null);
}
