module.exports = require('@folio/config/webpack')(__dirname);
