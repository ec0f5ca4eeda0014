import ts from 'typescript';

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** A node as printed without comments, on one line. */
function printNode(node: ts.Node, file: ts.SourceFile): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, file).replace(/\s+/g, ' ').trim();
}

function memberName(member: ts.TypeElement | ts.ClassElement | ts.EnumMember, file: ts.SourceFile): string {
  if (ts.isCallSignatureDeclaration(member)) return '()';
  if (ts.isConstructSignatureDeclaration(member) || ts.isConstructorDeclaration(member)) return 'new()';
  if (ts.isIndexSignatureDeclaration(member)) return `[${member.parameters.map((p) => printNode(p, file)).join(', ')}]`;
  const name = member.name;
  if (name === undefined) return '?';
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return printNode(name, file);
}

/** `a.b` for identifiers, `a["x.y"]` for names that are not. */
function childKey(key: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${key}.${name}` : `${key}[${JSON.stringify(name)}]`;
}

function add(out: Map<string, string>, key: string, text: string): void {
  const had = out.get(key);
  out.set(key, had === undefined ? text : [had, text].sort().join('\n'));
}

/**
 * Members of a type literal or interface, one entry each, nested type
 * literals split further (`paths./3/album.get`), so an added member is an
 * added entry and not a changed one.
 */
function addMembers(out: Map<string, string>, key: string, members: readonly (ts.TypeElement | ts.ClassElement | ts.EnumMember)[], file: ts.SourceFile): void {
  for (const m of members) {
    const mk = childKey(key, memberName(m, file));
    if (ts.isPropertySignature(m) && m.type && ts.isTypeLiteralNode(m.type)) {
      const shell = ts.factory.updatePropertySignature(m, m.modifiers, m.name, m.questionToken, ts.factory.createTypeLiteralNode([]));
      add(out, mk, printNode(shell, file));
      addMembers(out, mk, m.type.members, file);
    } else {
      add(out, mk, printNode(m, file));
    }
  }
}

/**
 * The keyed entries of one top-level declaration: interfaces, classes, enums
 * and type aliases of a type literal give a header entry (`key`) plus one per
 * member; anything else one entry with its whole text.
 */
export function declarationEntries(decl: ts.Declaration, key: string, file: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const f = ts.factory;
  if (ts.isInterfaceDeclaration(decl)) {
    add(out, key, printNode(f.updateInterfaceDeclaration(decl, decl.modifiers, decl.name, decl.typeParameters, decl.heritageClauses, []), file));
    addMembers(out, key, decl.members, file);
  } else if (ts.isClassDeclaration(decl)) {
    add(out, key, printNode(f.updateClassDeclaration(decl, decl.modifiers, decl.name, decl.typeParameters, decl.heritageClauses, []), file));
    addMembers(out, key, decl.members, file);
  } else if (ts.isEnumDeclaration(decl)) {
    add(out, key, printNode(f.updateEnumDeclaration(decl, decl.modifiers, decl.name, []), file));
    addMembers(out, key, decl.members, file);
  } else if (ts.isTypeAliasDeclaration(decl) && ts.isTypeLiteralNode(decl.type)) {
    add(out, key, printNode(f.updateTypeAliasDeclaration(decl, decl.modifiers, decl.name, decl.typeParameters, f.createTypeLiteralNode([])), file));
    addMembers(out, key, decl.type.members, file);
  } else {
    add(out, key, printNode(ts.isVariableDeclaration(decl) ? decl.parent.parent : decl, file));
  }
  return out;
}
