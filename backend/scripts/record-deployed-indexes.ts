/**
 * Run after a FolioBackend deploy that changed an index: tables.deployed.json then says AWS has what tables.ts
 * has, and the next index change becomes the one step the CDK tests allow (index-steps.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexChanges, recordOf, DEPLOYED_INDEXES } from '../index-steps';
import { TABLES } from '../tables';

const file = join(__dirname, '..', 'tables.deployed.json');
for (const def of TABLES) {
  const { created, deleted } = indexChanges(DEPLOYED_INDEXES[def.id] ?? [], def.globalSecondaryIndexes);
  for (const index of created) console.log(`${def.id}: recorded ${index.indexName} as deployed`);
  for (const index of deleted) console.log(`${def.id}: recorded ${index.indexName} as deleted`);
}
writeFileSync(file, `${JSON.stringify(recordOf(TABLES), null, 2)}\n`);
console.log(`wrote ${file}`);
