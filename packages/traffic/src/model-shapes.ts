/**
 * How a model-addressed body holds its model: in the `{ data, success, status }` envelope as one object
 * (`envelope`), a list (`envelope-list`) or lists under named groups (`envelope-groups`: `data.replies`,
 * `data.messages`), or without the envelope (`bare`, `bare-list`).
 */
export const MODEL_SHAPES = ['envelope', 'envelope-list', 'envelope-groups', 'bare', 'bare-list'] as const;

/** One of {@link MODEL_SHAPES}. */
export type ModelShape = (typeof MODEL_SHAPES)[number];
