/** One measured figure of the benchmark report. */
export interface BenchRow {
  /** What was measured. */
  name: string;
  /** The figure. */
  value: number;
  /** Its unit, e.g. `events/s`, `ms`, `elements`. */
  unit: string;
}
