import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Every call to the API names its answer with a type generated from the server's OpenAPI document, and no module
 * copies a shape of the server's answers by hand. The generated file is src/api/generated/balai-api.ts
 * (`npm run api:types`); src/api/schema.ts gives its types the web app's names.
 */

const SRC = resolve(process.cwd(), 'src');
const SCHEMA_MODULE = join(SRC, 'api', 'schema');
const GENERATED_MODULE = join(SRC, 'api', 'generated', 'balai-api');
const CALLS = new Set(['officerApi', 'apiGet', 'apiSend', 'sendWithProgress']);
/** Type arguments that name no shape: an answer with no body, or none at all. */
const NO_SHAPE = new Set([ts.SyntaxKind.VoidKeyword, ts.SyntaxKind.NullKeyword, ts.SyntaxKind.UndefinedKeyword]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(SRC, 'api', 'generated') || path === join(SRC, 'test') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A source held in memory by the test of the checks themselves, read instead of the file of its name. */
let inMemory: ts.SourceFile | undefined;

const parse = (path: string) =>
  inMemory?.fileName === path ? inMemory : ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);

function visit(node: ts.Node, f: (n: ts.Node) => void) {
  f(node);
  node.forEachChild((c) => visit(c, f));
}

/** The local names a file imports from the schema module or the generated file. */
function generatedNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const s of file.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const target = resolve(dirname(file.fileName), s.moduleSpecifier.text);
    if (target !== SCHEMA_MODULE && target !== GENERATED_MODULE) continue;
    const bindings = s.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((e) => names.add(e.name.text));
  }
  return names;
}

/** What is wrong with a call's type argument: a name not from the generated types, or a shape written out. */
function problems(type: ts.TypeNode, allowed: Set<string>, file: ts.SourceFile): string[] {
  const found: string[] = [];
  const check = (n: ts.Node) => {
    if (ts.isTypeReferenceNode(n)) {
      const name = n.typeName.getText(file).split('.')[0] ?? '';
      if (!allowed.has(name)) found.push(`${name} is not a generated type`);
      return; // the arguments of a generated type (Schema<'X'>) are the document's names
    }
    if (ts.isTypeLiteralNode(n)) {
      found.push(`a shape written by hand: ${n.getText(file).replace(/\s+/g, ' ')}`);
      return;
    }
    if (ts.isUnionTypeNode(n) || ts.isArrayTypeNode(n) || ts.isParenthesizedTypeNode(n) || ts.isIntersectionTypeNode(n)) {
      n.forEachChild(check);
      return;
    }
    if (ts.isLiteralTypeNode(n) && n.literal.kind === ts.SyntaxKind.NullKeyword) return;
    if (!NO_SHAPE.has(n.kind)) found.push(`${n.getText(file)} is not a generated type`);
  };
  check(type);
  return found;
}

/** Each call of the API helpers in the web app's modules, with what is wrong with its type argument. */
function callProblems(paths: string[]): { calls: number; problems: string[] } {
  let calls = 0;
  const out: string[] = [];
  for (const path of paths) {
    const file = parse(path);
    const allowed = generatedNames(file);
    visit(file, (n) => {
      if (!ts.isCallExpression(n)) return;
      const callee = ts.isIdentifier(n.expression) ? n.expression.text : ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : '';
      if (!CALLS.has(callee)) return;
      calls++;
      const where = `${relative(SRC, path)}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
      const args = n.typeArguments ?? [];
      if (args.length === 0) out.push(`${where}: ${callee}(…) names no type for its answer`);
      args.forEach((a) => problems(a, allowed, file).forEach((p) => out.push(`${where}: ${callee}<${a.getText(file)}>: ${p}`)));
    });
  }
  return { calls, problems: out };
}

/** The property names of each schema of the generated file that the server sends in an answer. */
function answerSchemas(): Map<string, Set<string>> {
  const file = parse(`${GENERATED_MODULE}.ts`);
  const schemas = new Map<string, ts.TypeLiteralNode>();
  const inAnswers = new Set<string>();
  const refs = (n: ts.Node, into: Set<string>) =>
    visit(n, (x) => {
      if (ts.isIndexedAccessTypeNode(x) && ts.isLiteralTypeNode(x.indexType) && ts.isStringLiteral(x.indexType.literal)) {
        if (x.objectType.getText(file) === 'components["schemas"]') into.add(x.indexType.literal.text);
      }
    });
  for (const s of file.statements) {
    if (!ts.isInterfaceDeclaration(s)) continue;
    if (s.name.text === 'components') {
      const list = s.members.find((m) => m.name?.getText(file) === 'schemas');
      if (list && ts.isPropertySignature(list) && list.type && ts.isTypeLiteralNode(list.type)) {
        for (const m of list.type.members) {
          if (ts.isPropertySignature(m) && m.type && ts.isTypeLiteralNode(m.type)) schemas.set(m.name.getText(file).replace(/"/g, ''), m.type);
        }
      }
    }
    if (s.name.text === 'paths') {
      visit(s, (x) => {
        if (ts.isPropertySignature(x) && x.name.getText(file) === 'responses' && x.type) refs(x.type, inAnswers);
      });
    }
  }
  // what an answer holds is in answers too
  const queue = [...inAnswers];
  while (queue.length > 0) {
    const body = schemas.get(queue.pop()!);
    if (!body) continue;
    const inner = new Set<string>();
    refs(body, inner);
    inner.forEach((n) => {
      if (!inAnswers.has(n)) {
        inAnswers.add(n);
        queue.push(n);
      }
    });
  }
  const out = new Map<string, Set<string>>();
  for (const name of inAnswers) {
    const body = schemas.get(name);
    if (body) out.set(name, new Set(body.members.flatMap((m) => (m.name ? [m.name.getText(file).replace(/['"]/g, '')] : []))));
  }
  return out;
}

/**
 * Interfaces and object types declared by hand whose properties are (nearly) those of a schema the server answers
 * with: three or more properties, and either three quarters of the two sets' union shared, or every property one
 * of the schema's and at least three fifths of the schema's properties there.
 */
function handWrittenShapes(paths: string[], schemas = answerSchemas()): string[] {
  const out: string[] = [];
  for (const path of paths) {
    const file = parse(path);
    for (const s of file.statements) {
      let members: ts.NodeArray<ts.TypeElement> | undefined;
      if (ts.isInterfaceDeclaration(s)) members = s.members;
      else if (ts.isTypeAliasDeclaration(s) && ts.isTypeLiteralNode(s.type)) members = s.type.members;
      if (!members) continue;
      const props = new Set(members.flatMap((m) => (m.name ? [m.name.getText(file).replace(/['"]/g, '')] : [])));
      if (props.size < 3) continue;
      for (const [schema, fields] of schemas) {
        const shared = [...props].filter((p) => fields.has(p)).length;
        const copied = shared / new Set([...props, ...fields]).size >= 0.75;
        const aPartOf = shared === props.size && shared / fields.size >= 0.6; // an older copy that lacks new fields
        if (copied || aPartOf) {
          out.push(`${relative(SRC, path)}: ${(s as ts.InterfaceDeclaration).name.text} copies the generated ${schema}`);
          break;
        }
      }
    }
  }
  return out;
}

const FILES = sourceFiles(SRC).filter((p) => p !== `${SCHEMA_MODULE}.ts`);

describe('the web app reads the server through the types generated from its OpenAPI document', () => {
  it('names every API call’s answer with a generated type', () => {
    const { calls, problems: found } = callProblems(FILES);
    expect(calls).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('declares no interface that copies a shape of the server’s answers', () => {
    expect(handWrittenShapes(FILES)).toEqual([]);
  });

  it('makes every name of the schema module from the generated types', () => {
    const file = parse(`${SCHEMA_MODULE}.ts`);
    const aliases = file.statements.filter(ts.isTypeAliasDeclaration);
    expect(aliases.length).toBeGreaterThan(50);
    expect(file.statements.filter((s) => ts.isInterfaceDeclaration(s)).map((s) => (s as ts.InterfaceDeclaration).name.text)).toEqual([]);
    const literal = aliases.filter((a) => {
      let found = false;
      visit(a.type, (n) => {
        if (ts.isTypeLiteralNode(n)) found = true;
      });
      return found;
    });
    expect(literal.map((a) => a.name.text)).toEqual([]);
  });

  it('catches a hand-written answer and a call that uses it', () => {
    const dir = join(SRC, 'api');
    const probe = join(dir, '__probe__.ts');
    const source = [
      "import type { Receipt } from './schema';",
      'export interface TrackingReceipt {',
      '  trackingNumber: string; accessCode: string; status: string; receivedOn: string; countingStartsOn: string;',
      '  verifyDue: string;',
      '}',
      "export const a = () => apiGet<TrackingReceipt>('/x');",
      "export const b = () => apiGet<Receipt>('/x');",
      "export const c = () => apiSend<{ id: string }>('/x');",
      "export const d = () => officerApi('/x');",
    ].join('\n');
    inMemory = ts.createSourceFile(probe, source, ts.ScriptTarget.Latest, true);
    try {
      const { calls, problems: found } = callProblems([probe]);
      expect(calls).toBe(4);
      expect(found).toHaveLength(3);
      expect(found[0]).toContain('TrackingReceipt is not a generated type');
      expect(found[1]).toContain('a shape written by hand');
      expect(found[2]).toContain('names no type');
      expect(handWrittenShapes([probe])).toEqual([expect.stringContaining('TrackingReceipt copies the generated Receipt')]);
    } finally {
      inMemory = undefined;
    }
  });
});
