/** The DynamoDB tables, built from tables.ts: the same keys and indexes the local stack creates. */
import { Annotations, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { DEPLOYED_INDEXES, indexStepProblems, type DeployedIndexes } from '../index-steps';
import { TABLES, type KeyDef, type TableDef } from '../tables';

const attribute = (key: KeyDef): dynamodb.Attribute => ({
  name: key.name,
  type: key.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
});

export type FolioTableMap = Readonly<Record<TableDef['id'], dynamodb.Table>>;

export interface FolioTablesProps {
  /** Defaults to tables.ts; tests pass others. */
  readonly tables?: readonly TableDef[];
  /** What AWS has; defaults to tables.deployed.json. */
  readonly deployed?: DeployedIndexes;
}

export class FolioTables extends Construct {
  readonly byId: FolioTableMap;

  constructor(scope: Construct, id: string, { tables = TABLES, deployed = DEPLOYED_INDEXES }: FolioTablesProps = {}) {
    super(scope, id);
    // DynamoDB would refuse such a deploy halfway through (and CloudFormation roll back): refuse it at synth.
    for (const problem of indexStepProblems(deployed, tables)) Annotations.of(this).addError(problem);
    const byId = {} as Record<TableDef['id'], dynamodb.Table>;
    for (const def of tables) {
      const table = new dynamodb.Table(this, def.id, {
        partitionKey: attribute(def.partitionKey),
        sortKey: def.sortKey && attribute(def.sortKey),
        // Traffic is spiky and small: pay per request, nothing to size.
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        encryption: dynamodb.TableEncryption.AWS_MANAGED,
        deletionProtection: true,
        // Orders and the catalog are the business: never deleted with the stack.
        removalPolicy: RemovalPolicy.RETAIN,
        ...(def.timeToLiveAttribute ? { timeToLiveAttribute: def.timeToLiveAttribute } : {}),
        // The books table's stream re-renders the prerendered pages; the orders table's sends the emails.
        ...(def.stream ? { stream: dynamodb.StreamViewType[def.stream] } : {}),
      });
      for (const index of def.globalSecondaryIndexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.indexName,
          partitionKey: attribute(index.partitionKey),
          sortKey: index.sortKey && attribute(index.sortKey),
          // As locally (local/dynamodb.ts): resolvers return whole items straight from the index.
          projectionType: dynamodb.ProjectionType.ALL,
        });
      }
      byId[def.id] = table;
    }
    this.byId = byId;
  }
}
