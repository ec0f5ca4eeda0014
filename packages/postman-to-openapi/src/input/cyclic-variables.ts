import { variableName } from './variable-name.js';

const TOKEN = /\{\{([^{}]+)\}\}/g;

/**
 * The variables whose value names themselves, directly (`h = "{{h}}{{h}}"`) or through others
 * (`a = "{{b}}"`, `b = "{{a}}"`): every variable on a cycle of the graph "value names variable"
 * (only variables with a value). Strongly connected components found iteratively (Tarjan), in
 * time linear in the variables and the names their values hold.
 */
export function cyclicVariables(variables: Record<string, string>): Set<string> {
  const names = Object.keys(variables);
  const id = new Map<string, number>();
  for (const name of names) id.set(name, id.size);
  const edges: number[][] = names.map((name) => {
    const to: number[] = [];
    const value = variables[name] as string;
    if (!value.includes('{{')) return to;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(value); m !== null; m = TOKEN.exec(value)) {
      const target = id.get(variableName(m[1] as string));
      if (target !== undefined) to.push(target);
    }
    return to;
  });
  const cyclic = new Set<string>();
  const index = new Array<number>(names.length).fill(-1);
  const low = new Array<number>(names.length).fill(0);
  const onStack = new Array<boolean>(names.length).fill(false);
  const stack: number[] = [];
  let next = 0;
  for (let root = 0; root < names.length; root++) {
    if (index[root] !== -1) continue;
    // Each frame: a node and how many of its edges were followed.
    const frames: [number, number][] = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number];
      const [node, edge] = frame;
      const to = edges[node] as number[];
      if (edge < to.length) {
        frame[1]++;
        const target = to[edge] as number;
        if (index[target] === -1) {
          index[target] = low[target] = next++;
          stack.push(target);
          onStack[target] = true;
          frames.push([target, 0]);
        } else if (onStack[target]) low[node] = Math.min(low[node] as number, index[target] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
      if (low[node] !== index[node]) continue;
      const component: number[] = [];
      for (let member = stack.pop() as number; ; member = stack.pop() as number) {
        onStack[member] = false;
        component.push(member);
        if (member === node) break;
      }
      if (component.length > 1 || to.includes(node)) for (const member of component) cyclic.add(names[member] as string);
    }
  }
  return cyclic;
}
