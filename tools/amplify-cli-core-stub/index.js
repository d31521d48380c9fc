'use strict';
// Only what amplify-appsync-simulator (OpenSearch loader) and amplify-dynamodb-simulator read.
class AmplifyFault extends Error {
  constructor(name, options, cause) {
    super(options && options.message);
    this.name = name;
    this.link = options && options.link;
    this.cause = cause;
  }
}
const AMPLIFY_SUPPORT_DOCS = { CLI_GRAPHQL_TROUBLESHOOTING: { url: 'https://docs.amplify.aws/' } };
const pathManager = {
  getAmplifyPackageLibDirPath: (name) => require('path').dirname(require.resolve(`${name}/package.json`)),
};
module.exports = { AmplifyFault, AMPLIFY_SUPPORT_DOCS, pathManager };
