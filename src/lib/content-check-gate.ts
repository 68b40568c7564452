/**
 * The gate between the content check and Astro's content sync. `astro build` runs the check in a process of its own
 * while it syncs the content (src/integrations/content-check.ts), and waits for it before anything is rendered. A
 * bad file may also make the sync itself fail (a frontmatter the schema refuses): the loaders then wait for the check
 * first (src/data/checked-loader.ts), so that the editor reads the check's report, naming file, field and what is
 * allowed, and not Astro's error. The integration is loaded apart from the content configuration, so the two meet on a
 * global symbol.
 */
const GATE = Symbol.for('gongfu.content-check.gate');

type Gate = () => Promise<void>;

/** Registers the wait for this build's content check (it ends the process when the check fails). */
export function setContentCheckGate(gate: Gate | undefined): void {
  (globalThis as { [GATE]?: Gate | undefined })[GATE] = gate;
}

/** Waits for this build's content check, when one is running (not under `astro dev`, `astro check` or `astro sync`). */
export async function contentCheckSettled(): Promise<void> {
  await (globalThis as { [GATE]?: Gate | undefined })[GATE]?.();
}
