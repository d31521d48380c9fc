/**
 * Guard: every index a request template queries exists on the table its data source reads, as tables.ts
 * defines it (read by import). Without it, a renamed or missing index shows up only in the integration tests.
 */
import { readdirSync } from 'node:fs';
import { DATA_SOURCES, readTemplate, RESOLVERS, RESOLVERS_DIR, type DataSourceDef } from '../graphql/api';
import { TABLES } from '../tables';

/**
 * The index names a template can put in "index": a literal, or a variable and every literal it is #set to.
 * Throws on a form it cannot read, so a template cannot slip past the guard.
 */
function indexesNamedBy(template: string): string[] {
  const names: string[] = [];
  for (const [, value] of template.matchAll(/"index"\s*:\s*"([^"]*)"/g)) {
    const variable = /^\$!?\{?(\w+)\}?$/.exec(value)?.[1];
    if (!variable && /^\w+$/.test(value)) {
      names.push(value);
      continue;
    }
    if (!variable) throw new Error(`cannot read the index name ${value}`);
    const assigned = [...template.matchAll(new RegExp(`#set\\(\\s*\\$${variable}\\s*=\\s*([^)]*)\\)`, 'g'))];
    if (assigned.length === 0) throw new Error(`$${variable} names an index but is never #set`);
    for (const [, expression] of assigned) {
      const literal = /^"(\w+)"\s*$/.exec(expression.trim())?.[1];
      if (!literal) throw new Error(`$${variable} is #set to ${expression}, not a literal index name`);
      names.push(literal);
    }
  }
  return names;
}

/** Each template with the DynamoDB data source it runs against (request and response alike). */
function templatesByDataSource(): Map<string, DataSourceDef[]> {
  const bound = new Map<string, DataSourceDef[]>();
  const bind = (file: string, source: DataSourceDef | undefined) => {
    bound.set(file, [...(bound.get(file) ?? []), ...(source ? [source] : [])]);
  };
  for (const resolver of RESOLVERS) {
    if (resolver.kind === 'unit') {
      bind(resolver.request, resolver.dataSource);
      bind(resolver.response, resolver.dataSource);
    } else {
      bind(resolver.request, undefined);
      bind(resolver.response, undefined);
      for (const fn of resolver.functions) {
        bind(fn.request, fn.dataSource);
        bind(fn.response, fn.dataSource);
      }
    }
  }
  return bound;
}

const indexesOf = (tableId: string) =>
  TABLES.find((t) => t.id === tableId)?.globalSecondaryIndexes.map((i) => i.indexName) ?? [];

/** The index names of a template that its data source's table lacks (all of them if it is not a table). */
function missingIndexes(template: string, source: DataSourceDef): string[] {
  const defined = source.kind === 'dynamodb' ? indexesOf(source.table) : [];
  return indexesNamedBy(template).filter((index) => !defined.includes(index));
}

describe('indexesNamedBy', () => {
  it('GIVEN a literal index or a variable #set in branches THEN every name it can take', () => {
    expect(indexesNamedBy('{ "index": "byCustomer" }')).toEqual(['byCustomer']);
    expect(indexesNamedBy('#set($index = "a")\n#set( $index = "b" )\n{ "index": "$index" }')).toEqual(['a', 'b']);
  });
  it('GIVEN an index it cannot resolve THEN it throws rather than pass', () => {
    expect(() => indexesNamedBy('{ "index": "$ctx.args.index" }')).toThrow();
    expect(() => indexesNamedBy('#set($index = $ctx.args.i)\n{ "index": "$index" }')).toThrow(/not a literal/);
  });
});

describe('the indexes the templates query', () => {
  const bound = templatesByDataSource();
  const files = readdirSync(RESOLVERS_DIR).filter((f) => f.endsWith('.vtl'));
  const naming = files.filter((file) => indexesNamedBy(readTemplate(file)).length > 0);

  it('GIVEN the templates THEN the guard sees those that query an index', () => {
    expect(naming).toEqual(expect.arrayContaining(['Query.listBooks.req.vtl', 'Query.myOrders.req.vtl']));
  });

  it.each(naming)('GIVEN %s THEN every index it names is defined on its table in tables.ts', (file) => {
    const sources = bound.get(file) ?? [];
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources)
      expect({ source: source.name, missing: missingIndexes(readTemplate(file), source) }).toEqual({
        source: source.name,
        missing: [],
      });
  });

  it('GIVEN a template naming an index its table lacks, or bound to no table THEN the guard reports it', () => {
    const template = '{ "index": "byTitle" }';
    expect(missingIndexes(template, DATA_SOURCES.books)).toEqual([]);
    expect(missingIndexes(template, DATA_SOURCES.orders)).toEqual(['byTitle']);
    expect(missingIndexes(template, DATA_SOURCES.searchBooks)).toEqual(['byTitle']);
  });
});
