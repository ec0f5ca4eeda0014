/** `text` without the slashes it ends with: a loop, since `/\/+$/` retries from every slash of a run (quadratic). */
export function trimSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 47) end--;
  return end === text.length ? text : text.slice(0, end);
}
