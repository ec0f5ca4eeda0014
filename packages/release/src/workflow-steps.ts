import { parse } from 'yaml';

/** One step of a workflow job: what it `run`s, or which action it `uses` `with` what inputs. */
export interface WorkflowStep {
  job: string;
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

/** A parsed workflow: its triggers (`on`), top-level permissions and every step of every job. */
export interface WorkflowSummary {
  on: Record<string, unknown>;
  permissions: Record<string, unknown>;
  steps: WorkflowStep[];
}

/** Parses a workflow's YAML into a {@link WorkflowSummary}. Throws when it is not a mapping with `jobs`. */
export function summarizeWorkflow(text: string): WorkflowSummary {
  const doc = parse(text) as { on?: unknown; permissions?: unknown; jobs?: Record<string, { steps?: WorkflowStep[] }> } | null;
  if (!doc || typeof doc !== 'object' || !doc.jobs) throw new Error('not a workflow: no jobs');
  const on =
    typeof doc.on === 'string'
      ? { [doc.on]: null }
      : Array.isArray(doc.on)
        ? Object.fromEntries(doc.on.map((e: string) => [e, null]))
        : ((doc.on ?? {}) as Record<string, unknown>);
  const steps: WorkflowStep[] = [];
  for (const [job, def] of Object.entries(doc.jobs)) for (const s of def.steps ?? []) steps.push({ ...s, job });
  return { on, permissions: (doc.permissions ?? {}) as Record<string, unknown>, steps };
}
