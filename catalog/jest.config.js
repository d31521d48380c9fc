module.exports = require('@folio/config/jest')(__dirname);
