import { describeGraphqlContract } from '@folio/config/web/test/graphql-contract';

describeGraphqlContract(__dirname);
