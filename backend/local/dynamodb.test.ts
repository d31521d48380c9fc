import { checkJava, createTableInput } from './dynamodb';
import { ORDERS_TABLE } from '../tables';

describe('checkJava', () => {
  const saved = process.env.JAVA_HOME;
  afterEach(() => {
    if (saved === undefined) delete process.env.JAVA_HOME;
    else process.env.JAVA_HOME = saved;
  });
  it('GIVEN no Java THEN an error that says how to install it', () => {
    process.env.JAVA_HOME = '/nonexistent-java';
    expect(() => checkJava()).toThrow(/Java was not found.*apt-get install -y openjdk-17-jre-headless/);
  });
});

describe('createTableInput', () => {
  it('GIVEN a table definition THEN on-demand keys and indexes with every key attribute declared once', () => {
    expect(createTableInput(ORDERS_TABLE, 'folio-Orders')).toEqual({
      TableName: 'folio-Orders',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'S' },
        { AttributeName: 'customerId', AttributeType: 'S' },
        { AttributeName: 'createdAt', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byCustomer',
          KeySchema: [
            { AttributeName: 'customerId', KeyType: 'HASH' },
            { AttributeName: 'createdAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });
});
